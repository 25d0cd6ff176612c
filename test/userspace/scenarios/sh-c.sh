sh -c 'echo a; echo b'
sh -c 'echo $0 $1' zero one
sh -c 'sh -c "echo nested"'
sh -c 'kill -TERM $$'; echo "killed by TERM: $?"
