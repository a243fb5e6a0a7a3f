package org.pyvm.bytecode;

/** The flag bits of {@link Opcode#flags} (an interface so that the enum's constants can use them unqualified). */
public interface OpcodeFlags {
    /** The argument is a jump target (OperandKind.JUMP). */
    int F_JUMP = 1;
    /** The jump is conditional: execution may also continue with the next instruction. */
    int F_CONDITIONAL = 2;
    /** Execution never continues with the next instruction (unconditional jump, return, raise). */
    int F_NO_FALLTHROUGH = 4;
    /** The jump target is at or before the instruction. */
    int F_BACKWARD = 8;
    /** The instruction owns an inline-cache slot. */
    int F_CACHED = 16;
    /** A superinstruction: also executes the partner instruction that follows it. */
    int F_SUPER = 32;
    /** Made by the VM's quickening only; invalid in a file. */
    int F_SPECIALIZED = 64;
    /** May suspend the frame (generator code only). */
    int F_SUSPENDS = 128;
}
