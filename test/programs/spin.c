/* Never exits and never makes a system call. */
void _start(void)
{
	for (;;)
		__asm__ volatile("" ::: "memory");
}
