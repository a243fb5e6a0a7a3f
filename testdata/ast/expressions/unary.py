-a
+a
~a
not a
- - a
not not a
-1
+1.5
~-+x
not -x
-(1)
