// SPDX-License-Identifier: MIT
/*
 * The PL011's two busiest registers served in native code: the flag
 * register (FR), which a driver reads before every byte it sends, and writes
 * of the data register (DR), a byte each. Through the board's JavaScript
 * the pair cost about a microsecond a byte, a few percent of a golden
 * scenario. A byte sent here waits in the buffer at the struct's end for
 * the board to take (emulator/board/pl011-uart.ts); the board's callbacks
 * get every other access, and a byte whose write would raise the interrupt
 * line or that the board must see as it comes (its pause marker's).
 */
#include <stdint.h>

#define UARTDR	0x00
#define UARTFR	0x18
#define FR_RXFE	(1u << 4)
#define FR_TXFE	(1u << 7)
#define INT_TX	(1u << 5)

typedef uint64_t (*mmio_read_t)(void *uc, uint64_t offset, unsigned int size, void *data);
typedef void (*mmio_write_t)(void *uc, uint64_t offset, unsigned int size, uint64_t value, void *data);

/* Shared with emulator/board/pl011-uart.ts: keep the two in step. */
struct kobox_uart {
	mmio_read_t slow_read;		/* the board's callbacks */
	mmio_write_t slow_write;
	uint32_t rx_count;		/* bytes the board holds for the guest to read */
	uint32_t imsc;			/* the interrupt mask */
	uint32_t tx_ris;		/* the transmit interrupt is raised */
	uint32_t held_all;		/* every byte goes to the board as it is written */
	uint32_t tx_len, tx_size;	/* bytes in tx[], and its size */
	uint8_t held[32];		/* bit b % 8 of held[b / 8]: so does byte b */
	uint8_t tx[];
};

/* The UART's uc_cb_mmio_read_t; @data is the struct kobox_uart. */
uint64_t kobox_uart_read(void *uc, uint64_t offset, unsigned int size, void *data)
{
	struct kobox_uart *u = data;

	if (offset == UARTFR)
		return FR_TXFE | (u->rx_count ? 0 : FR_RXFE);
	return u->slow_read(uc, offset, size, 0);
}

static int held(const struct kobox_uart *u, uint8_t byte)
{
	return u->held_all || (u->held[byte / 8] >> (byte % 8) & 1);
}

/* The UART's uc_cb_mmio_write_t. */
void kobox_uart_write(void *uc, uint64_t offset, unsigned int size, uint64_t value, void *data)
{
	struct kobox_uart *u = data;
	uint8_t byte = value;

	if (offset == UARTDR && u->tx_len < u->tx_size && (u->tx_ris || !(u->imsc & INT_TX)) &&
	    !held(u, byte)) {
		u->tx[u->tx_len++] = byte;
		u->tx_ris = 1;
		return;
	}
	u->slow_write(uc, offset, size, value, 0);
}

void *kobox_uart_read_callback(void)
{
	return (void *)kobox_uart_read;
}

void *kobox_uart_write_callback(void)
{
	return (void *)kobox_uart_write;
}
