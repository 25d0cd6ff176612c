true; echo $?
false; echo $?
sh -c 'exit 7'; echo $?
(exit 3); echo $?
ls /nope 2>/dev/null; echo $?
nosuchcommand 2>/dev/null; echo $?
! true; echo $?
test -d /proc && echo proc-is-a-dir
exit 5
