mkdir /tmp/m; mount -t tmpfs -o nosymfollow none /tmp/m; echo data > /tmp/m/f; ln -s /tmp/m/f /tmp/m/l
cat /tmp/m/l; echo "cat: $?"; ls /tmp/m/l/. 2>&1; echo "ls: $?"; cat /tmp/m/f
