/* Calls a system call number that does not exist and prints the result: -ENOSYS is -38. */
#include "syscall.h"

void _start(void)
{
	long r = syscall3(9999, 0, 0, 0);
	char buf[] = "syscall 9999 returned -00\n";

	if (r < 0 && r > -100) {
		buf[23] = '0' + (-r) / 10;
		buf[24] = '0' + (-r) % 10;
	} else {
		buf[22] = '?';
	}
	say(buf);
	exit_with(0);
}
