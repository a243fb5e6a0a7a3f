package org.pyvm.bytecode;

/** A loaded bytecode file: its format version, the source stamp from its header, and the module's code object. */
public record BytecodeFile(int version, SourceStamp stamp, CodeObject code) {
}
