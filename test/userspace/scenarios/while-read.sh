seq 3 | while read n; do echo n$n; done
printf 'a b\nc d\n' | while read x y; do echo "$y-$x"; done
i=0
while [ $i -lt 3 ]; do i=$((i + 1)); done
echo i=$i
for w in one two three; do echo "[$w]"; done
