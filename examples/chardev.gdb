# GDB on the board, with GDB starting kobox itself (kobox run --gdb stdio): chardev's init stopped
# where it stores the major number register_chrdev() gave it, one instruction forward and back
# again, then the board runs on to its power-off (README: "Debugging with GDB"). From the checkout:
#   gdb-multiarch -batch -x examples/chardev.gdb
set pagination off
file .cache/build/guest-kernel/vmlinux
directory modules/chardev
# kobox takes a moment to start (and sets up first what is missing)
set remotetimeout 60
target remote | npm run -s kobox -- run --gdb stdio --add .cache/build/modules/chardev/chardev.ko -- insmod /chardev.ko
# chardev.ko is not loaded yet: GDB gets its symbols when the guest loads it
set breakpoint pending on
break chardev.c:115
continue
print major
stepi
print major
reverse-stepi
print major
continue
