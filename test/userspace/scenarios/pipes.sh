echo hello | wc -c
echo abc | tr a-z A-Z
seq 10 | grep 1 | wc -l
seq 5 | tail -n 2 | head -n 1
printf 'b\na\nc\n' | sort | tr '\n' ' '
echo
