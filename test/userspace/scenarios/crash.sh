# add: segv nosys
/nosys
/segv
echo "status after a segfault: $?"
