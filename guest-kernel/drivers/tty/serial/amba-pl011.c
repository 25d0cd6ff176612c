// SPDX-License-Identifier: GPL-2.0
/*
 * ARM PL011 UART: the system console and the tty ttyAMA0 (major 204,
 * minor 64). Transmit and receive are polled; no interrupts, no baud
 * rate setup: the board's UART needs none.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/console.h>
#include <linux/io.h>
#include <linux/of_fdt.h>
#include <linux/tty.h>
#include <asm/processor.h>

#define UART01x_DR		0x00	/* data register */
#define UART01x_FR		0x18	/* flag register */
#define UART01x_FR_RXFE		(1 << 4)	/* receive FIFO empty */
#define UART01x_FR_TXFF		(1 << 5)	/* transmit FIFO full */

static void __iomem *pl011_base;

static void pl011_putc(char c)
{
	while (readl(pl011_base + UART01x_FR) & UART01x_FR_TXFF)
		cpu_relax();
	writel(c, pl011_base + UART01x_DR);
}

/* Serial consoles turn "\n" into "\r\n", as Linux's uart_console_write(). */
static void pl011_console_write(struct console *co, const char *s,
				unsigned int count)
{
	for (; count; count--, s++) {
		if (*s == '\n')
			pl011_putc('\r');
		pl011_putc(*s);
	}
}

/* The next received byte, or NO_POLL_CHAR if none is waiting. */
int pl011_get_poll_char(void)
{
	if (!pl011_base || (readl(pl011_base + UART01x_FR) & UART01x_FR_RXFE))
		return NO_POLL_CHAR;
	return readl(pl011_base + UART01x_DR) & 0xff;
}

static struct tty_driver pl011_tty_driver;

/* The console's tty, for /proc/consoles and /dev/console's device number. */
static struct tty_driver *pl011_console_device(struct console *co, int *index)
{
	*index = co->index;
	return &pl011_tty_driver;
}

static struct console amba_console = {
	.name	= "ttyAMA",
	.write	= pl011_console_write,
	.device	= pl011_console_device,
	.flags	= CON_PRINTBUFFER | CON_ANYTIME,
	.index	= 0,
};

static int __init pl011_console_init(void)
{
	int node = of_flat_dt_find_compatible("arm,pl011");
	u64 base, size;

	if (node < 0 || of_flat_dt_read_reg(node, 0, &base, &size))
		return -ENODEV;
	pl011_base = ioremap(base, size);
	if (!pl011_base)
		return -ENOMEM;
	register_console(&amba_console);
	return 0;
}
console_initcall(pl011_console_init);

static int pl011_tty_write(struct tty_struct *tty, const unsigned char *buf,
			   int count)
{
	int i;

	for (i = 0; i < count; i++)
		pl011_putc(buf[i]);
	return count;
}

static int pl011_tty_poll_get_char(struct tty_struct *tty)
{
	return pl011_get_poll_char();
}

static const struct tty_operations pl011_tty_ops = {
	.write		= pl011_tty_write,
	.poll_get_char	= pl011_tty_poll_get_char,
};

static struct tty_driver pl011_tty_driver = {
	.name		= "ttyAMA",
	.major		= 204,
	.minor_start	= 64,
	.ops		= &pl011_tty_ops,
};

/* The console's settings as the serial core sets them: 38400, CLOCAL. */
static int __init pl011_tty_init(void)
{
	if (!pl011_base)
		return -ENODEV;
	pl011_tty_driver.init_termios = tty_std_termios;
	pl011_tty_driver.init_termios.c_cflag |= CLOCAL;
	return tty_register_driver(&pl011_tty_driver);
}
device_initcall(pl011_tty_init);
