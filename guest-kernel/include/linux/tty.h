/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Terminals. One line discipline (n_tty), one kind of driver: a serial
 * port whose receive interrupt fills the tty's flip buffer. The console
 * is such a tty.
 */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

#include <linux/types.h>
#include <linux/kref.h>
#include <linux/list.h>
#include <linux/wait.h>
#include <uapi/asm-generic/termbits.h>

#define N_TTY_BUF_SIZE	4096
#define TTY_FLIP_SIZE	8192
#define TTY_MAJOR	4
#define TTYAUX_MAJOR	5

struct tty_struct;
struct file;
struct device;
struct module;
struct poll_table_struct;

struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

/*
 * The heads of these three are Debian's layout (checked in
 * drivers/tty/tty_io.c): modules take a tty from get_current_tty(),
 * count references on tty->kref inline, and may write through
 * tty->driver->ops->write as tutorials do.
 */
struct tty_operations {
	void *lookup, *install, *remove, *open, *close, *shutdown, *cleanup;
	int (*write)(struct tty_struct *tty, const unsigned char *buf, int count);
	int (*poll_get_char)(struct tty_struct *tty);	/* NO_POLL_CHAR if none */
};

struct tty_driver {
	struct kref kref;
	void *cdevs;
	struct module *owner;
	const char *driver_name;
	const char *name;		/* "ttyAMA" */
	int name_base;
	int major, minor_start;
	unsigned int num;
	short type, subtype;
	struct ktermios init_termios;
	unsigned long flags;
	void *proc_entry;
	struct tty_driver *other;
	void *ttys, *ports, *termios, *driver_state;
	const struct tty_operations *ops;
	struct list_head tty_drivers;
	struct tty_struct *tty;		/* one line per driver here */
};

struct tty_struct {
	struct kref kref;		/* get_current_tty(), tty_kref_put() */
	struct device *dev;
	struct tty_driver *driver;
	const struct tty_operations *ops;
	int index;
	char name[64];
	struct ktermios termios;
	struct winsize winsize;
	pid_t pgrp;			/* foreground process group, 0 if none */
	pid_t session;			/* 0: nobody's controlling tty */
	int count;			/* open files */
	bool stopped, flow_stopped;

	/* n_tty: received bytes; [read_tail, canon_head) is readable in canonical mode */
	unsigned char read_buf[N_TTY_BUF_SIZE];
	unsigned long read_flags[N_TTY_BUF_SIZE / 64];	/* line ends (EOL, EOF) */
	size_t read_head, read_tail, canon_head;
	unsigned int column, canon_column;
	bool lnext, erasing, icanon;
	struct wait_queue_head read_wait, write_wait;

	/*
	 * Bytes the driver received in its interrupt handler, not yet seen
	 * by the line discipline: one producer (the interrupt), one consumer
	 * (tty_poll_input(), in process context).
	 */
	unsigned char flip_buf[TTY_FLIP_SIZE];
	unsigned int flip_head, flip_tail;
};

#define L_ICANON(t)	((t)->termios.c_lflag & ICANON)
#define L_ECHO(t)	((t)->termios.c_lflag & ECHO)
#define L_ISIG(t)	((t)->termios.c_lflag & ISIG)
#define L_IEXTEN(t)	((t)->termios.c_lflag & IEXTEN)
#define I_ICRNL(t)	((t)->termios.c_iflag & ICRNL)
#define O_OPOST(t)	((t)->termios.c_oflag & OPOST)

extern const struct ktermios tty_std_termios;

void tty_poll_input(void);
int tty_insert_flip_char(struct tty_struct *tty, unsigned char ch);
void tty_flip_buffer_push(struct tty_struct *tty);
int tty_init(void);
int tty_register_driver(struct tty_driver *driver);
struct tty_struct *get_current_tty(void);
void tty_kref_put(struct tty_struct *tty);
const char *tty_name(const struct tty_struct *tty);
void n_tty_receive_char(struct tty_struct *tty, unsigned char c);
ssize_t n_tty_read(struct tty_struct *tty, struct file *file,
		   unsigned char __user *buf, size_t nr);
ssize_t n_tty_write(struct tty_struct *tty, struct file *file,
		    const unsigned char __user *buf, size_t nr);
__poll_t n_tty_poll(struct tty_struct *tty, struct file *file,
		    struct poll_table_struct *wait);
size_t n_tty_chars_in_buffer(struct tty_struct *tty);
void n_tty_flush_input(struct tty_struct *tty);
void n_tty_set_termios(struct tty_struct *tty, struct ktermios *old);
void tty_put_output(struct tty_struct *tty, unsigned char c);
long tty_mode_ioctl(struct tty_struct *tty, unsigned int cmd, unsigned long arg);
int tty_check_change(struct tty_struct *tty);
int tty_signal_session_leader_and_hup(struct tty_struct *tty);
void disassociate_ctty(int on_exit);
dev_t tty_devnum(struct tty_struct *tty);
pid_t tty_get_pgrp_nr(struct tty_struct *tty);	/* foreground group, -1 if none */
int tty_read_wait_job_control(struct tty_struct *tty);

#endif
