// SPDX-License-Identifier: GPL-2.0
/* Terminal settings: TCGETS/TCSETS* (struct termios) and termios2, flushing. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/ioctls.h>

static const speed_t baud_table[] = {
	0, 50, 75, 110, 134, 150, 200, 300, 600, 1200, 1800, 2400, 4800,
	9600, 19200, 38400, 57600, 115200, 230400, 460800, 500000, 576000,
	921600, 1000000, 1152000, 1500000, 2000000, 2500000, 3000000,
	3500000, 4000000
};

static speed_t cflag_baud(tcflag_t cflag)
{
	unsigned int i = cflag & CBAUD;

	if (i & CBAUDEX) {
		i &= ~CBAUDEX;
		i += 15;
	}
	return i < ARRAY_SIZE(baud_table) ? baud_table[i] : 0;
}

static int set_termios(struct tty_struct *tty, unsigned long arg, int opt,
		       bool two)
{
	struct ktermios tmp = tty->termios, old = tty->termios;
	int retval = tty_check_change(tty);

	if (retval)
		return retval;
	if (two) {
		struct termios2 t2;

		if (copy_from_user(&t2, (void __user *)arg, sizeof(t2)))
			return -EFAULT;
		memcpy(&tmp, &t2, sizeof(t2));
	} else {
		struct termios t;

		if (copy_from_user(&t, (void __user *)arg, sizeof(t)))
			return -EFAULT;
		memcpy(&tmp, &t, sizeof(t));
		tmp.c_ispeed = tmp.c_ospeed = cflag_baud(tmp.c_cflag);
	}
	if (opt == TCSETSF || opt == TCSETSF2)
		n_tty_flush_input(tty);
	tty->termios = tmp;
	n_tty_set_termios(tty, &old);
	return 0;
}

static int get_termios(struct tty_struct *tty, unsigned long arg, bool two)
{
	if (two) {
		struct termios2 t2;

		memcpy(&t2, &tty->termios, sizeof(t2));
		return copy_to_user((void __user *)arg, &t2, sizeof(t2)) ?
		       -EFAULT : 0;
	} else {
		struct termios t;

		memcpy(&t, &tty->termios, sizeof(t));
		return copy_to_user((void __user *)arg, &t, sizeof(t)) ?
		       -EFAULT : 0;
	}
}

static int tty_flush(struct tty_struct *tty, unsigned long arg)
{
	int retval = tty_check_change(tty);

	if (retval)
		return retval;
	switch (arg) {
	case TCIFLUSH:
	case TCIOFLUSH:
		n_tty_flush_input(tty);
		break;
	case TCOFLUSH:
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

long tty_mode_ioctl(struct tty_struct *tty, unsigned int cmd, unsigned long arg)
{
	switch (cmd) {
	case TCGETS:
		return get_termios(tty, arg, false);
	case TCGETS2:
		return get_termios(tty, arg, true);
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return set_termios(tty, arg, cmd, false);
	case TCSETS2:
	case TCSETSW2:
	case TCSETSF2:
		return set_termios(tty, arg, cmd, true);
	case TCFLSH:
		return tty_flush(tty, arg);
	case TCXONC:
		return arg <= TCION ? tty_check_change(tty) : -EINVAL;
	default:
		return -ENOIOCTLCMD;
	}
}
