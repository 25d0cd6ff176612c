// SPDX-License-Identifier: MIT
/*
 * kobox's transcript helper: run shell commands and report what each did,
 * between OSC markers the host strips. The same static program runs on the
 * board and on Debian's real kernel under QEMU, so the two transcripts can
 * be compared line by line.
 *
 * For each command: the begin marker, the command, its output (stdout and
 * stderr, collected in a file so that kernel console lines cannot mix in),
 * its exit status as sh's $? gives it, the kernel log records it caused and
 * the taint afterwards. The records come from syslog(2)'s reader, which
 * consumes what it returns: the helper reads what is unread before the
 * command and afterwards, so its cost does not grow with the log, and the
 * text is the kernel's own `dmesg -r` format.
 *
 * One process per command beyond the command itself: `sh -c COMMAND`.
 *
 *	transcript FILE		run each line of FILE (not empty, not '#...')
 *	transcript --serve	take requests from stdin, a line each, saying
 *				when ready for the next: "run COMMAND", or
 *				"files" to unpack the archive in /dev/kobox-files
 *	transcript --files	unpack that archive and exit: 0 when all is there
 *
 * Freestanding (no libc): it must start fast and be the same everywhere.
 */
#include "syscalls.h"
#include "cpio.h"

#define OUT_PATH	"/tmp/.kobox-out"
#define LINE_MAX	8192
#define LOG_BUF_SIZE	(256 * 1024)

static char **environ;
static char line[LINE_MAX];
static char log_buf[LOG_BUF_SIZE];
static long kmsg_fd;
static char io_buf[16 * 1024];

static void write_all(long fd, const char *s, long n)
{
	while (n > 0) {
		long w = sys_write(fd, s, n);

		if (w == -EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= w;
	}
}

/*
 * What goes to stdout waits here until the helper is about to wait (for a
 * request, or for the command it runs) or the buffer is full: a write to
 * the console is a system call, and a command's report is a score of
 * pieces.
 */
static char out_buf[16 * 1024];
static long out_len;

static void flush(void)
{
	write_all(1, out_buf, out_len);
	out_len = 0;
}

static void put_to(long fd, const char *s, long n)
{
	if (fd != 1) {
		write_all(fd, s, n);
		return;
	}
	while (n > 0) {
		long room = sizeof(out_buf) - out_len, k = n < room ? n : room;

		copy(out_buf + out_len, s, k);
		out_len += k;
		s += k;
		n -= k;
		if (out_len == sizeof(out_buf))
			flush();
	}
}

static void put(const char *s, long n)
{
	put_to(1, s, n);
}

static void puts_(const char *s)
{
	put(s, str_len(s));
}

/* A number (not negative) in decimal. */
static void put_number_to(long fd, long n)
{
	char buf[24];
	int i = sizeof(buf);

	do {
		buf[--i] = '0' + n % 10;
		n /= 10;
	} while (n);
	put_to(fd, buf + i, sizeof(buf) - i);
}

static void marker(const char *name)
{
	puts_("\033]kobox;");
	puts_(name);
	puts_("\007");
}

static void marker_number(const char *name, long n)
{
	puts_("\033]kobox;");
	puts_(name);
	puts_("=");
	put_number_to(1, n);
	puts_("\007");
}

/* Copy a file to stdout. */
static void cat(const char *path)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0), n;

	if (fd < 0)
		return;
	while ((n = sys_read(fd, io_buf, sizeof(io_buf))) > 0 || n == -EINTR)
		if (n > 0)
			put(io_buf, n);
	sys_close(fd);
}

/*
 * The log records the syslog reader has not read yet (all of them, as the
 * ring holds at most 128 KiB of text), into log_buf: their length.
 */
static long read_log(void)
{
	long unread = sys_syslog(SYSLOG_ACTION_SIZE_UNREAD, 0, 0);

	if (unread <= 0)
		return 0;
	if (unread > LOG_BUF_SIZE)
		unread = LOG_BUF_SIZE;
	return sys_syslog(SYSLOG_ACTION_READ, log_buf, unread);
}

/* Forget the records logged so far. */
static void skip_log(void)
{
	while (read_log() > 0)
		;
}

/* The sequence number of the next record kmsg_fd reads; -1 when none. */
static long long next_seq(void)
{
	long n, i;
	long long seq = 0;

	do
		n = sys_read(kmsg_fd, io_buf, sizeof(io_buf));
	while (n == -EPIPE || n == -EINTR);	/* EPIPE: overwritten, go on */
	if (n <= 0)
		return -1;
	for (i = 0; i < n && io_buf[i] != ','; i++)
		;
	for (i++; i < n && io_buf[i] >= '0' && io_buf[i] <= '9'; i++)
		seq = seq * 10 + io_buf[i] - '0';
	return seq;
}

/* Before the command: what is logged from now on is the command's. */
static void log_begin(void)
{
	skip_log();
	sys_lseek(kmsg_fd, 0, SEEK_END);
}

/*
 * After the command: the records it caused into log_buf, as `dmesg -r`
 * shows them, so a command that clears the log (dmesg -c) shows only
 * what came after the clear. Returns their length.
 */
static long log_end(void)
{
	long long first = next_seq(), cleared;
	long n = read_log();

	if (first < 0)
		return n;
	sys_lseek(kmsg_fd, 0, SEEK_DATA);	/* to the last clear */
	cleared = next_seq();
	if (cleared <= first && cleared >= 0)
		return n;
	skip_log();
	if (cleared < 0)	/* cleared to the end */
		return 0;
	return sys_syslog(SYSLOG_ACTION_READ_ALL, log_buf, LOG_BUF_SIZE);
}

/* What glibc's strsignal() calls a signal, as busybox's sh prints it. */
static const char *const signal_names[32] = {
	[1] = "Hangup", "Interrupt", "Quit", "Illegal instruction",
	"Trace/breakpoint trap", "Aborted", "Bus error",
	"Floating point exception", "Killed", "User defined signal 1",
	"Segmentation fault", "User defined signal 2", "Broken pipe",
	"Alarm clock", "Terminated", "Stack fault", "Child exited",
	"Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)",
	"Stopped (tty output)", "Urgent I/O condition",
	"CPU time limit exceeded", "File size limit exceeded",
	"Virtual timer expired", "Profiling timer expired",
	"Window changed", "I/O possible", "Power failure",
	"Bad system call",
};

/*
 * What sh says of a foreground command a signal killed, on its stderr:
 * the signal's name, but nothing for SIGINT and SIGPIPE.
 */
static void say_killed(long fd, long sig)
{
	const char *name = sig < 32 ? signal_names[sig] : 0;

	if (sig == 2 || sig == 13)
		return;
	if (name) {
		put_to(fd, name, str_len(name));
	} else if (sig >= 34) {	/* glibc's names past the standard ones */
		put_to(fd, "Real-time signal ", 17);
		put_number_to(fd, sig - 34);
	} else {
		put_to(fd, "Unknown signal ", 15);
		put_number_to(fd, sig);
	}
	put_to(fd, "\n", 1);
}

/*
 * Run argv in a child with stdin from in_path and stderr to out (and
 * stdout too when both_out), in directory dir; its status as sh reports
 * one: the exit code, or 128 + the signal that killed it, which is then
 * named on out as sh names it (sh -c COMMAND > FILE 2>&1 lets the outer
 * shell write there too).
 */
static long spawn(const char *path, char **argv, const char *dir,
		  const char *in_path, long out, int both_out)
{
	long pid = sys_fork(), status = 0;

	if (pid == 0) {
		long in = sys_openat(AT_FDCWD, in_path, O_RDONLY, 0);

		if (in < 0 || (dir && sys_chdir(dir) < 0))
			sys_exit_group(127);
		sys_dup3(in, 0, 0);
		if (both_out)
			sys_dup3(out, 1, 0);
		sys_dup3(out, 2, 0);
		sys_close(in);
		sys_close(out);
		sys_execve(path, argv, environ);
		sys_exit_group(127);
	}
	if (pid < 0)
		return 127;
	while (sys_wait4(pid, &status, 0) == -EINTR)
		;
	if ((status & 0x7f) == 0)
		return (status >> 8) & 0xff;
	say_killed(out, status & 0x7f);
	return 128 + (status & 0x7f);
}

static long create(const char *path)
{
	return sys_openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
}

static void run(char *command)
{
	/* argv[0] as sh names itself in its messages ("sh: can't create") */
	char *argv[] = { "sh", "-c", command, 0 };
	long status = 127, n, out;

	marker("begin");
	flush();
	log_begin();
	out = create(OUT_PATH);
	if (out >= 0) {
		status = spawn("/bin/sh", argv, 0, "/dev/null", out, 1);
		sys_close(out);
	}
	n = log_end();
	marker("cmd");
	puts_(command);
	puts_("\n");
	cat(OUT_PATH);
	marker_number("status", status);
	if (n > 0)
		put(log_buf, n);
	puts_("\033]kobox;taint=");
	n = sys_readfile("/proc/sys/kernel/tainted", io_buf, sizeof(io_buf));
	while (n > 0 && io_buf[n - 1] == '\n')
		n--;
	if (n > 0)
		put(io_buf, n);
	puts_("\007");
	sys_unlinkat(AT_FDCWD, OUT_PATH, 0);
}

/* Unpack the archive the host put in /dev/kobox-files into /: 0 or an errno. */
static long unpack_files(void)
{
	long fd = sys_openat(AT_FDCWD, "/dev/kobox-files", O_RDONLY | O_CLOEXEC, 0);
	long root = sys_openat(AT_FDCWD, "/", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	long err = fd < 0 ? fd : root < 0 ? root : cpio_unpack(fd, root, io_buf, sizeof(io_buf));

	if (fd >= 0)
		sys_close(fd);
	if (root >= 0)
		sys_close(root);
	return -err;
}

/*
 * The next line of fd into line[], without its newline; 0 at the end.
 * Bytes past the newline stay in a small buffer for the next call.
 */
static int next_line(long fd)
{
	static char buf[LINE_MAX];
	static long have;
	long len = 0, n, i;

	for (;;) {
		for (i = 0; i < have; i++)
			if (buf[i] == '\n')
				break;
		if (i < have) {
			copy(line + len, buf, i < LINE_MAX - 1 - len ? i : LINE_MAX - 1 - len);
			len += i < LINE_MAX - 1 - len ? i : LINE_MAX - 1 - len;
			line[len] = 0;
			have -= i + 1;
			copy(buf, buf + i + 1, have);
			return 1;
		}
		n = LINE_MAX - 1 - len < have ? LINE_MAX - 1 - len : have;
		copy(line + len, buf, n);
		len += n;
		have = 0;
		n = sys_read(fd, buf, sizeof(buf));
		if (n == -EINTR)
			continue;
		if (n <= 0) {
			line[len] = 0;
			return len > 0;
		}
		have = n;
	}
}

/* The terminal must not echo the host's requests back onto the console. */
static void echo_off(void)
{
	struct termios t;

	if (sys_ioctl(0, TCGETS, &t) == 0) {
		t.c_lflag &= ~ECHO;
		sys_ioctl(0, TCSETS, &t);
	}
}

static int serve(void)
{
	echo_off();
	for (;;) {
		marker("ready");
		flush();
		if (!next_line(0))
			return 0;
		if (str_eq(line, "files"))
			marker_number("files", unpack_files());
		else if (str_starts(line, "run "))
			run(line + 4);
	}
}

static int run_file(const char *path)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0);

	if (fd < 0) {
		puts_("transcript: cannot open the scenario\n");
		flush();
		return 1;
	}
	while (next_line(fd))
		if (line[0] && line[0] != '#')
			run(line);
	sys_close(fd);
	marker("done");
	flush();
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	environ = envp;
	if (argc == 2 && str_eq(argv[1], "--files"))	/* the console as it was */
		return unpack_files() != 0;
	/* Only emergencies on the console: the transcript carries the rest. */
	sys_syslog(SYSLOG_ACTION_CONSOLE_LEVEL, 0, 1);
	kmsg_fd = sys_openat(AT_FDCWD, "/dev/kmsg",
			     O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
	if (argc == 2 && str_eq(argv[1], "--serve"))
		return serve();
	if (argc == 2)
		return run_file(argv[1]);
	puts_("usage: transcript FILE | --serve | --files\n");
	flush();
	return 2;
}
