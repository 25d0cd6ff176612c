# GDB on the board: chardev's init stopped where it stores the major number register_chrdev()
# gave it, one instruction forward and back again (README: "Debugging with GDB").
set pagination off
file .cache/build/guest-kernel/vmlinux
directory modules/chardev
set remotetimeout 60
target remote | npm run -s kobox -- run --gdb stdio --add .cache/build/modules/chardev/chardev.ko -- insmod /chardev.ko
set breakpoint pending on
break chardev.c:115
continue
print major
stepi
print major
reverse-stepi
print major
continue
