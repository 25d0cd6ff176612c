busybox --list-full
