x=$(echo hi)
echo "got $x"
echo "nested $(echo $(echo deep))"
echo "$(seq 3 | wc -l) lines"
echo $((6 * 7))
y=`echo backticks`
echo $y
