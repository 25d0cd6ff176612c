// SPDX-License-Identifier: GPL-2.0
/*
 * The n_tty line discipline: what the user types, after ISIG (^C, ^\,
 * ^Z become signals to the foreground group), input mapping (ICRNL...),
 * and in canonical mode line editing (erase, kill, word erase, literal
 * next, reprint) with echo as Linux does it (ECHOE, ECHOK, ECHOKE,
 * ECHOCTL). Output goes through OPOST processing (ONLCR: "\n" is sent
 * as "\r\n"), tracking the column so that erasing a tab works.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/ctype.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/tty.h>
#include <linux/uaccess.h>

#define MASK(x)		((x) & (N_TTY_BUF_SIZE - 1))
#define DISABLED_CHAR	'\0'

#define C(tty, v)	((tty)->termios.c_cc[v])
#define L(tty, f)	((tty)->termios.c_lflag & (f))
#define I(tty, f)	((tty)->termios.c_iflag & (f))
#define O(tty, f)	((tty)->termios.c_oflag & (f))

static unsigned char read_buf(struct tty_struct *tty, size_t i)
{
	return tty->read_buf[MASK(i)];
}

static bool is_line_end(struct tty_struct *tty, size_t i)
{
	return tty->read_flags[MASK(i) / 64] & (1UL << (MASK(i) % 64));
}

static void set_line_end(struct tty_struct *tty, size_t i, bool on)
{
	if (on)
		tty->read_flags[MASK(i) / 64] |= 1UL << (MASK(i) % 64);
	else
		tty->read_flags[MASK(i) / 64] &= ~(1UL << (MASK(i) % 64));
}

static void put_tty_queue(struct tty_struct *tty, unsigned char c, bool eol)
{
	set_line_end(tty, tty->read_head, eol);
	tty->read_buf[MASK(tty->read_head)] = c;
	tty->read_head++;
}

/* One byte out, with OPOST processing; the column follows what was written. */
static void do_output_char(struct tty_struct *tty, unsigned char c)
{
	unsigned int spaces;

	if (!O(tty, OPOST)) {
		tty->ops->write(tty, &c, 1);
		return;
	}
	switch (c) {
	case '\n':
		if (O(tty, ONLRET))
			tty->column = 0;
		if (O(tty, ONLCR)) {
			tty->canon_column = tty->column = 0;
			tty->ops->write(tty, (const unsigned char *)"\r\n", 2);
			return;
		}
		tty->canon_column = tty->column;
		break;
	case '\r':
		if (O(tty, ONOCR) && tty->column == 0)
			return;
		if (O(tty, OCRNL)) {
			c = '\n';
			if (O(tty, ONLRET))
				tty->canon_column = tty->column = 0;
			break;
		}
		tty->canon_column = tty->column = 0;
		break;
	case '\t':
		spaces = 8 - (tty->column & 7);
		tty->column += spaces;
		if ((tty->termios.c_oflag & TABDLY) == XTABS) {
			tty->ops->write(tty, (const unsigned char *)"        ", spaces);
			return;
		}
		break;
	case '\b':
		if (tty->column > 0)
			tty->column--;
		break;
	default:
		if (!iscntrl(c)) {
			if (O(tty, OLCUC))
				c = toupper(c);
			tty->column++;
		}
		break;
	}
	tty->ops->write(tty, &c, 1);
}

void tty_put_output(struct tty_struct *tty, unsigned char c)
{
	do_output_char(tty, c);
}

/* Echo c as typed: control characters as ^X with ECHOCTL. */
static void echo_char(struct tty_struct *tty, unsigned char c)
{
	if (L(tty, ECHOCTL) && iscntrl(c) && c != '\t') {
		unsigned char s[2] = { '^', c ^ 0100 };

		tty->ops->write(tty, s, 2);
		tty->column += 2;
		return;
	}
	do_output_char(tty, c);
}

static void echo_erase_tab(struct tty_struct *tty, unsigned int num_chars,
			   bool after_tab)
{
	unsigned int num_bs;

	if (!after_tab)
		num_chars += tty->canon_column;
	num_bs = 8 - (num_chars & 7);
	if (num_bs > tty->column)
		num_bs = tty->column;
	while (num_bs--) {
		tty->ops->write(tty, (const unsigned char *)"\b", 1);
		if (tty->column > 0)
			tty->column--;
	}
}

static void echo_rubout(struct tty_struct *tty)
{
	do_output_char(tty, '\b');
	do_output_char(tty, ' ');
	do_output_char(tty, '\b');
}

enum { ERASE, WERASE, KILL };

/* Columns the characters back to the line start (or a tab) take. */
static void erase_tab(struct tty_struct *tty)
{
	unsigned int num_chars = 0;
	bool after_tab = false;
	size_t tail = tty->read_head;

	while (MASK(tail) != MASK(tty->canon_head)) {
		unsigned char c;

		tail--;
		c = read_buf(tty, tail);
		if (c == '\t') {
			after_tab = true;
			break;
		} else if (iscntrl(c)) {
			if (L(tty, ECHOCTL))
				num_chars += 2;
		} else {
			num_chars++;
		}
	}
	echo_erase_tab(tty, num_chars, after_tab);
}

static void eraser(struct tty_struct *tty, unsigned char c)
{
	int kill_type, seen_alnums = 0;

	if (tty->read_head == tty->canon_head)
		return;
	if (c == C(tty, VERASE)) {
		kill_type = ERASE;
	} else if (c == C(tty, VWERASE)) {
		kill_type = WERASE;
	} else {
		if (!L(tty, ECHO)) {
			tty->read_head = tty->canon_head;
			return;
		}
		if (!L(tty, ECHOK) || !L(tty, ECHOKE) || !L(tty, ECHOE)) {
			tty->read_head = tty->canon_head;
			echo_char(tty, C(tty, VKILL));
			if (L(tty, ECHOK))
				do_output_char(tty, '\n');
			return;
		}
		kill_type = KILL;
	}
	while (MASK(tty->read_head) != MASK(tty->canon_head)) {
		c = read_buf(tty, tty->read_head - 1);
		if (kill_type == WERASE) {
			if (isalnum(c) || c == '_')
				seen_alnums++;
			else if (seen_alnums)
				break;
		}
		tty->read_head--;
		if (L(tty, ECHO)) {
			if (kill_type == ERASE && !L(tty, ECHOE)) {
				echo_char(tty, C(tty, VERASE));
			} else if (c == '\t') {
				erase_tab(tty);
			} else {
				if (iscntrl(c) && L(tty, ECHOCTL))
					echo_rubout(tty);
				if (!iscntrl(c) || L(tty, ECHOCTL))
					echo_rubout(tty);
			}
		}
		if (kill_type == ERASE)
			break;
	}
}

void n_tty_flush_input(struct tty_struct *tty)
{
	tty->read_head = tty->read_tail = tty->canon_head = 0;
	tty->lnext = false;
	tty->erasing = false;
	memset(tty->read_flags, 0, sizeof(tty->read_flags));
	wake_up_interruptible(&tty->write_wait);
}

/* ^C, ^\, ^Z: the signal goes to the foreground process group. */
static void isig(struct tty_struct *tty, int sig, unsigned char c)
{
	if (!L(tty, NOFLSH))
		n_tty_flush_input(tty);
	if (tty->pgrp)
		kill_pgrp_nr(tty->pgrp, sig, 1);
	if (L(tty, ECHO))
		echo_char(tty, c);
}

static void reprint(struct tty_struct *tty)
{
	size_t tail;

	echo_char(tty, C(tty, VREPRINT));
	do_output_char(tty, '\n');
	for (tail = tty->canon_head; tail != tty->read_head; tail++)
		echo_char(tty, read_buf(tty, tail));
}

/* A complete line (or EOF) for canonical readers. */
static void receive_line_end(struct tty_struct *tty, unsigned char c)
{
	put_tty_queue(tty, c, true);
	tty->canon_head = tty->read_head;
	wake_up_interruptible(&tty->read_wait);
}

static void receive_plain(struct tty_struct *tty, unsigned char c)
{
	if (L(tty, ECHO)) {
		if (c == '\n') {
			do_output_char(tty, '\n');
		} else {
			if (tty->canon_head == tty->read_head)
				tty->canon_column = tty->column;
			echo_char(tty, c);
		}
	}
	put_tty_queue(tty, c, false);
	if (!L(tty, ICANON))
		wake_up_interruptible(&tty->read_wait);
}

static bool receive_canon_special(struct tty_struct *tty, unsigned char c)
{
	if (c == C(tty, VERASE) || c == C(tty, VKILL) ||
	    (c == C(tty, VWERASE) && L(tty, IEXTEN))) {
		eraser(tty, c);
		return true;
	}
	if (c == C(tty, VLNEXT) && L(tty, IEXTEN)) {
		tty->lnext = true;
		if (L(tty, ECHO) && L(tty, ECHOCTL)) {
			tty->ops->write(tty, (const unsigned char *)"^\b", 2);
		}
		return true;
	}
	if (c == C(tty, VREPRINT) && L(tty, ECHO) && L(tty, IEXTEN)) {
		reprint(tty);
		return true;
	}
	if (c == '\n') {
		if (L(tty, ECHO) || L(tty, ECHONL))
			do_output_char(tty, '\n');
		receive_line_end(tty, c);
		return true;
	}
	if (c == C(tty, VEOF)) {
		receive_line_end(tty, DISABLED_CHAR);
		return true;
	}
	if (c == C(tty, VEOL) || (c == C(tty, VEOL2) && L(tty, IEXTEN))) {
		if (L(tty, ECHO)) {
			if (tty->canon_head == tty->read_head)
				tty->canon_column = tty->column;
			echo_char(tty, c);
		}
		receive_line_end(tty, c);
		return true;
	}
	return false;
}

void n_tty_receive_char(struct tty_struct *tty, unsigned char c)
{
	bool canon = L(tty, ICANON);

	if (I(tty, ISTRIP))
		c &= 0x7f;
	if (I(tty, IUCLC) && L(tty, IEXTEN))
		c = tolower(c);
	/* room: a canonical line can always end */
	if (tty->read_head - tty->read_tail >= N_TTY_BUF_SIZE - (canon ? 1 : 0) &&
	    !(canon && c == '\n'))
		return;
	if (tty->lnext) {
		tty->lnext = false;
		receive_plain(tty, c);
		return;
	}
	if (I(tty, IXON) && (c == C(tty, VSTART) || c == C(tty, VSTOP)))
		return;	/* flow control: nothing to stop on this port */
	if (L(tty, ISIG)) {
		if (c && c == C(tty, VINTR)) {
			isig(tty, SIGINT, c);
			return;
		}
		if (c && c == C(tty, VQUIT)) {
			isig(tty, SIGQUIT, c);
			return;
		}
		if (c && c == C(tty, VSUSP)) {
			isig(tty, SIGTSTP, c);
			return;
		}
	}
	if (c == '\r') {
		if (I(tty, IGNCR))
			return;
		if (I(tty, ICRNL))
			c = '\n';
	} else if (c == '\n' && I(tty, INLCR)) {
		c = '\r';
	}
	if (canon && c != DISABLED_CHAR && receive_canon_special(tty, c))
		return;
	receive_plain(tty, c);
}

static bool input_available(struct tty_struct *tty, size_t amt)
{
	if (L(tty, ICANON))
		return tty->canon_head != tty->read_tail;
	return tty->read_head - tty->read_tail >= amt;
}

size_t n_tty_chars_in_buffer(struct tty_struct *tty)
{
	if (L(tty, ICANON))
		return tty->canon_head - tty->read_tail;
	return tty->read_head - tty->read_tail;
}

/* Copy from the queue to user space, up to the end of a line if canonical. */
static ssize_t copy_from_read_buf(struct tty_struct *tty,
				  unsigned char __user *buf, size_t nr)
{
	bool canon = L(tty, ICANON);
	size_t end = canon ? tty->canon_head : tty->read_head, n = 0;
	unsigned char kbuf[64];

	while (tty->read_tail != end && n < nr) {
		size_t k = 0;
		bool stop = false;

		while (tty->read_tail != end && n + k < nr && k < sizeof(kbuf)) {
			size_t i = tty->read_tail;
			unsigned char c = read_buf(tty, i);

			tty->read_tail++;
			if (canon && is_line_end(tty, i)) {
				set_line_end(tty, i, false);
				stop = true;
				if (c == DISABLED_CHAR)	/* EOF: not data */
					break;
				kbuf[k++] = c;
				break;
			}
			kbuf[k++] = c;
		}
		if (k && copy_to_user(buf + n, kbuf, k))
			return n ? n : -EFAULT;
		n += k;
		if (stop)
			break;
	}
	return n;
}

/*
 * Non-canonical reads follow VMIN/VTIME: MIN bytes (0: none needed),
 * TIME tenths of a second to wait (for the first byte if MIN is 0,
 * between bytes otherwise).
 */
static bool raw_read_done(struct tty_struct *tty, size_t minimum, u64 deadline)
{
	size_t avail = tty->read_head - tty->read_tail;

	if (!minimum)	/* MIN 0: any byte, or the time is up */
		return avail || ktime_get() >= deadline;
	return avail >= minimum || (avail && ktime_get() >= deadline);
}

ssize_t n_tty_read(struct tty_struct *tty, struct file *file,
		   unsigned char __user *buf, size_t nr)
{
	u64 tenth = NSEC_PER_SEC / 10, deadline = U64_MAX;
	size_t minimum = C(tty, VMIN), seen = 0;
	DEFINE_WAIT(wait);
	ssize_t n;
	int err;

	err = tty_read_wait_job_control(tty);
	if (err)
		return err;
	if (minimum > nr)
		minimum = nr;
	if (!L(tty, ICANON) && !minimum)
		deadline = ktime_get() + C(tty, VTIME) * tenth;
	for (;;) {
		/* On the queue before looking: input from now on wakes us. */
		prepare_to_wait(&tty->read_wait, &wait, TASK_INTERRUPTIBLE);
		tty_poll_input();
		if (L(tty, ICANON) ? input_available(tty, 1) :
		    raw_read_done(tty, minimum, deadline))
			break;
		n = -EAGAIN;
		if (file->f_flags & O_NONBLOCK)
			goto out_finish_wait;
		n = -ERESTARTSYS;
		if (signal_pending(current))
			goto out_finish_wait;
		/* MIN and TIME: the timer restarts with each byte */
		if (!L(tty, ICANON) && minimum && C(tty, VTIME) &&
		    tty->read_head - tty->read_tail != seen) {
			seen = tty->read_head - tty->read_tail;
			deadline = ktime_get() + C(tty, VTIME) * tenth;
		}
		schedule_timeout_ns(deadline);
	}
	finish_wait(&tty->read_wait, &wait);
	n = copy_from_read_buf(tty, buf, nr);
	if (n)
		wake_up_interruptible(&tty->write_wait);
	return n;

out_finish_wait:
	finish_wait(&tty->read_wait, &wait);
	return n;
}

ssize_t n_tty_write(struct tty_struct *tty, struct file *file,
		    const unsigned char __user *buf, size_t nr)
{
	unsigned char kbuf[128];
	size_t done = 0;

	while (done < nr) {
		size_t k = min(nr - done, sizeof(kbuf)), i;

		if (copy_from_user(kbuf, buf + done, k))
			return done ? done : -EFAULT;
		if (O(tty, OPOST)) {
			for (i = 0; i < k; i++)
				do_output_char(tty, kbuf[i]);
		} else {
			tty->ops->write(tty, kbuf, k);
		}
		done += k;
	}
	return done;
}

__poll_t n_tty_poll(struct tty_struct *tty, struct file *file,
		    struct poll_table_struct *wait)
{
	__poll_t mask = EPOLLOUT | EPOLLWRNORM;
	size_t amt = 1;

	tty_poll_input();
	poll_wait(file, &tty->read_wait, wait);
	if (!L(tty, ICANON) && C(tty, VMIN))
		amt = C(tty, VMIN);
	if (input_available(tty, amt))
		mask |= EPOLLIN | EPOLLRDNORM;
	return mask;
}

/* Canonical mode switched: what is queued becomes readable or a line again. */
void n_tty_set_termios(struct tty_struct *tty, struct ktermios *old)
{
	bool was_canon = old && (old->c_lflag & ICANON);

	if (was_canon && !L(tty, ICANON)) {
		size_t i;

		for (i = tty->read_tail; i != tty->read_head; i++)
			set_line_end(tty, i, false);
		tty->canon_head = tty->read_head;
	} else if (!was_canon && L(tty, ICANON)) {
		tty->canon_head = tty->read_tail;
		tty->erasing = false;
		tty->lnext = false;
	}
	wake_up_interruptible(&tty->read_wait);
}
