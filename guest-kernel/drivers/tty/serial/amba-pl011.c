// SPDX-License-Identifier: GPL-2.0
/*
 * ARM PL011 UART: the system console and the tty ttyAMA0 (major 204,
 * minor 64). Transmit is polled (the board's FIFO never fills); receive
 * is interrupt driven, as Linux's driver does it: the receive and
 * receive-timeout interrupts (IMSC RXIM | RTIM) move the FIFO into the
 * tty's flip buffer. No baud rate setup: the board's UART needs none.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/console.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/irqdomain.h>
#include <linux/of_fdt.h>
#include <linux/tty.h>
#include <asm/processor.h>

#define UART01x_DR		0x00	/* data register */
#define UART01x_FR		0x18	/* flag register */
#define UART011_IMSC		0x38	/* interrupt mask set/clear */
#define UART011_MIS		0x40	/* masked interrupt status */
#define UART011_ICR		0x44	/* interrupt clear */
#define UART01x_FR_RXFE		(1 << 4)	/* receive FIFO empty */
#define UART01x_FR_TXFF		(1 << 5)	/* transmit FIFO full */
#define UART011_RTIS		(1 << 6)	/* receive timeout */
#define UART011_RXIS		(1 << 4)	/* receive */
#define UART011_RTIM		(1 << 6)
#define UART011_RXIM		(1 << 4)
#define AMBA_ISR_PASS_LIMIT	256

static void __iomem *pl011_base;
static int pl011_node = -1;
static u64 pl011_phys;

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
	u64 size;

	pl011_node = of_flat_dt_find_compatible("arm,pl011");
	if (pl011_node < 0 || of_flat_dt_read_reg(pl011_node, 0, &pl011_phys, &size))
		return -ENODEV;
	pl011_base = ioremap(pl011_phys, size);
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

static const struct tty_operations pl011_tty_ops = {
	.write		= pl011_tty_write,
};

static struct tty_driver pl011_tty_driver = {
	.name		= "ttyAMA",
	.major		= 204,
	.minor_start	= 64,
	.ops		= &pl011_tty_ops,
};

/* Receive: from the FIFO into the tty's flip buffer, until the FIFO is empty. */
static void pl011_rx_chars(struct tty_struct *tty)
{
	while (!(readl(pl011_base + UART01x_FR) & UART01x_FR_RXFE)) {
		unsigned char ch = readl(pl011_base + UART01x_DR) & 0xff;

		if (tty)
			tty_insert_flip_char(tty, ch);
	}
	if (tty)
		tty_flip_buffer_push(tty);
}

static irqreturn_t pl011_int(int irq, void *dev_id)
{
	unsigned int status, pass_counter = AMBA_ISR_PASS_LIMIT;
	int handled = 0;

	status = readl(pl011_base + UART011_MIS);
	if (status) {
		do {
			writel(status & ~(UART011_RTIS | UART011_RXIS), pl011_base + UART011_ICR);
			if (status & (UART011_RTIS | UART011_RXIS))
				pl011_rx_chars(pl011_tty_driver.tty);
			if (pass_counter-- == 0)
				break;
			status = readl(pl011_base + UART011_MIS);
		} while (status != 0);
		handled = 1;
	}
	return IRQ_RETVAL(handled);
}

/*
 * The console's settings as the serial core sets them: 38400, CLOCAL;
 * the port's interrupt ("uart-pl011", shared as Linux requests it).
 */
static int __init pl011_tty_init(void)
{
	unsigned int irq;
	int err;

	if (!pl011_base)
		return -ENODEV;
	pl011_tty_driver.init_termios = tty_std_termios;
	pl011_tty_driver.init_termios.c_cflag |= CLOCAL;
	err = tty_register_driver(&pl011_tty_driver);
	if (err)
		return err;
	irq = irq_of_parse_and_map(pl011_node, 0);
	if (!irq)
		return -ENXIO;
	err = request_irq(irq, pl011_int, IRQF_SHARED, "uart-pl011", &pl011_tty_driver);
	if (err)
		return err;
	writel(UART011_RTIM | UART011_RXIM, pl011_base + UART011_IMSC);
	return 0;
}
device_initcall(pl011_tty_init);
