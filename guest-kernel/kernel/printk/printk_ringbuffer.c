// SPDX-License-Identifier: GPL-2.0
/*
 * The log's storage, with the layout and sizes of Linux's
 * printk_ringbuffer, so that the same records survive when it wraps:
 *
 * - a ring of 2^(LOG_BUF_SHIFT - 5) descriptors (4096 for Debian's
 *   CONFIG_LOG_BUF_SHIFT=17: one per 32 bytes of text on average), each
 *   with the record's state, its printk_info and where its text is;
 * - a ring of 2^LOG_BUF_SHIFT bytes of text data blocks: the record's
 *   id (8 bytes), then its text, 8-byte aligned. A writer reserves the
 *   text as printk formatted it plus one byte, prefix and newline
 *   included; the block keeps that size. A block never crosses the end
 *   of the ring: one that would goes to the start, and the space it
 *   leaves at the end counts as its own.
 *
 * Positions in the text ring (lpos) grow forever; lpos % size is where
 * the bytes are. A new record pushes out the oldest ones whose
 * descriptor or text space it needs. A record is readable once
 * finalized: when written with a newline, or when the next record is
 * reserved; until then the same caller's pr_cont() extends it.
 *
 * One CPU and no NMIs: the writer is never interrupted by another
 * writer, so Linux's lockless protocol reduces to its states and sizes.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/irqflags.h>
#include "internal.h"

#define PRB_AVGBITS		5	/* 32 bytes of text per record on average */
#define DESCS_COUNT		(1U << (LOG_BUF_SHIFT - PRB_AVGBITS))
#define DATA_SIZE		(1UL << LOG_BUF_SHIFT)
#define DATA_INDEX(lpos)	((lpos) & (DATA_SIZE - 1))
#define DATA_WRAPS(lpos)	((lpos) >> LOG_BUF_SHIFT)
#define DATA_THIS_WRAP_START_LPOS(lpos)	((lpos) & ~(DATA_SIZE - 1))

enum desc_state {
	desc_reserved,		/* being written */
	desc_committed,		/* written, but the writer may extend it */
	desc_finalized,		/* complete: readers see it */
	desc_reusable,		/* its text was pushed out */
};

struct prb_data_blk_lpos {
	unsigned long begin;
	unsigned long next;
};

struct prb_desc {
	enum desc_state state;
	struct prb_data_blk_lpos text_blk_lpos;
};

struct prb_data_block {
	unsigned long id;
	char data[];
};

static struct prb_desc descs[DESCS_COUNT];
static struct printk_info infos[DESCS_COUNT];
static char text_data[DATA_SIZE] __aligned(sizeof(unsigned long));

/* Records [tail_seq, next_seq) have descriptors. */
static u64 tail_seq, next_seq;
/* Text from tail_lpos to head_lpos; starting a wrap in, nothing underflows. */
static unsigned long head_lpos = DATA_SIZE, tail_lpos = DATA_SIZE;

/* A record's id is its sequence number: descriptor and info slot alike. */
static struct prb_desc *to_desc(u64 seq)
{
	return &descs[seq % DESCS_COUNT];
}

static struct printk_info *to_info(u64 seq)
{
	return &infos[seq % DESCS_COUNT];
}

static struct prb_data_block *to_block(unsigned long lpos)
{
	return (struct prb_data_block *)&text_data[DATA_INDEX(lpos)];
}

static unsigned int to_blk_size(unsigned int size)
{
	return ALIGN(size + sizeof(struct prb_data_block),
		     sizeof(unsigned long));
}

/* Could a block for size bytes of text fit at all (with the next id)? */
static bool data_check_size(unsigned int size)
{
	return !size || to_blk_size(size) <=
		DATA_SIZE - sizeof(struct prb_data_block);
}

/* Where a block of size bytes starting at lpos ends; a wrap skips ahead. */
static unsigned long get_next_lpos(unsigned long lpos, unsigned int size)
{
	unsigned long next = lpos + size;

	if (DATA_WRAPS(lpos) == DATA_WRAPS(next))
		return next;
	return DATA_THIS_WRAP_START_LPOS(next) + size;
}

/* A record that got no text block (there was no room): its text is lost. */
#define BLK_DATALESS(blk)	((blk)->begin == (blk)->next)

static bool desc_present(u64 seq)
{
	return seq >= tail_seq && seq < next_seq;
}

/* Free text up to lpos: the records whose blocks start before it lose it. */
static bool data_push_tail(unsigned long lpos)
{
	while (tail_lpos < lpos) {
		u64 seq = to_block(tail_lpos)->id;
		struct prb_desc *d = to_desc(seq);

		if (!desc_present(seq) || d->text_blk_lpos.begin != tail_lpos)
			return false;	/* not a block of a known record */
		if (d->state == desc_reserved || d->state == desc_committed)
			return false;	/* still being written */
		d->state = desc_reusable;
		tail_lpos = d->text_blk_lpos.next;
	}
	return true;
}

/* Room for size bytes of text; the new block's bytes, or NULL. */
static char *data_alloc(unsigned int size, struct prb_data_blk_lpos *blk,
			u64 id)
{
	unsigned long next;
	struct prb_data_block *b;

	size = to_blk_size(size);
	next = get_next_lpos(head_lpos, size);
	if (!data_push_tail(next - DATA_SIZE))
		return NULL;
	blk->begin = head_lpos;
	blk->next = next;
	head_lpos = next;
	b = to_block(blk->begin);
	b->id = id;
	if (DATA_WRAPS(blk->begin) != DATA_WRAPS(next)) {
		b = to_block(0);	/* a wrapping block's data is at the start */
		b->id = id;
	}
	return b->data;
}

/* Grow the newest block to hold size bytes of text, keeping what it has. */
static char *data_realloc(unsigned int size, struct prb_data_blk_lpos *blk,
			  u64 id)
{
	bool wrapped = DATA_WRAPS(blk->begin) != DATA_WRAPS(blk->next);
	struct prb_data_block *b = to_block(wrapped ? 0 : blk->begin);
	unsigned long next;

	if (head_lpos != blk->next)
		return NULL;
	next = get_next_lpos(blk->begin, to_blk_size(size));
	if (next <= blk->next)
		return b->data;
	if (!data_push_tail(next - DATA_SIZE))
		return NULL;
	if (!wrapped && DATA_WRAPS(blk->begin) != DATA_WRAPS(next)) {
		struct prb_data_block *moved = to_block(0);

		moved->id = id;
		memmove(moved->data, b->data, blk->next - blk->begin - sizeof(*b));
		b = moved;
	}
	blk->next = next;
	head_lpos = next;
	return b->data;
}

static const char *get_data(const struct prb_data_blk_lpos *blk)
{
	if (DATA_WRAPS(blk->begin) != DATA_WRAPS(blk->next))
		return to_block(0)->data;
	return to_block(blk->begin)->data;
}

static void desc_make_final(u64 seq)
{
	if (desc_present(seq) && to_desc(seq)->state == desc_committed)
		to_desc(seq)->state = desc_finalized;
}

/* The oldest descriptor goes, with its text. */
static bool desc_push_tail(void)
{
	struct prb_desc *d = to_desc(tail_seq);

	if (d->state == desc_reserved || d->state == desc_committed)
		return false;
	d->state = desc_reusable;
	if (!BLK_DATALESS(&d->text_blk_lpos) &&
	    !data_push_tail(d->text_blk_lpos.next))
		return false;
	tail_seq++;
	return true;
}

/*
 * A new record with room for text_buf_size bytes of text; the previous
 * record is finalized. False when there is no room (the text ring holds
 * a record still being written).
 */
bool prb_reserve(struct prb_reserved_entry *e, struct printk_record *r)
{
	u64 seq = next_seq;
	struct prb_desc *d = to_desc(seq);

	if (!data_check_size(r->text_buf_size))
		return false;
	if (next_seq - tail_seq == DESCS_COUNT && !desc_push_tail())
		return false;
	next_seq++;
	memset(to_info(seq), 0, sizeof(struct printk_info));
	to_info(seq)->seq = seq;
	d->state = desc_reserved;
	if (seq)
		desc_make_final(seq - 1);
	e->seq = seq;
	r->info = to_info(seq);
	r->text_buf = data_alloc(r->text_buf_size, &d->text_blk_lpos, seq);
	if (!r->text_buf) {
		/* a record whose text is lost: committed as such */
		d->text_blk_lpos.begin = d->text_blk_lpos.next = 0;
		prb_commit(e);
		return false;
	}
	return true;
}

/*
 * Reopen the newest record to append text_buf_size more bytes: only if
 * it is not finalized and caller_id wrote it. r->text_buf is its text,
 * r->info->text_len how much there is.
 */
bool prb_reserve_in_last(struct prb_reserved_entry *e, struct printk_record *r,
			 u32 caller_id, unsigned int max_size)
{
	u64 seq = next_seq - 1;
	struct prb_desc *d = to_desc(seq);
	struct printk_info *info = to_info(seq);
	unsigned int size = info->text_len + r->text_buf_size;

	if (!next_seq || d->state != desc_committed ||
	    info->caller_id != caller_id)
		return false;
	if (!data_check_size(size) || size > max_size)
		return false;
	r->text_buf = data_realloc(size, &d->text_blk_lpos, seq);
	if (!r->text_buf)
		return false;
	d->state = desc_reserved;
	e->seq = seq;
	r->info = info;
	return true;
}

/* Written; the writer may still extend it while it is the newest. */
void prb_commit(struct prb_reserved_entry *e)
{
	to_desc(e->seq)->state = desc_committed;
	if (e->seq != next_seq - 1)
		desc_make_final(e->seq);
}

/* Written and complete: readers see it now. */
void prb_final_commit(struct prb_reserved_entry *e)
{
	to_desc(e->seq)->state = desc_finalized;
}

/* 0: readable; -ENOENT: it was, its text is lost; -EINVAL: not (yet). */
static int prb_read(u64 seq, struct printk_info *info, char *text,
		    size_t size)
{
	struct prb_desc *d = to_desc(seq);

	if (!desc_present(seq) || d->state == desc_reserved ||
	    d->state == desc_committed)
		return -EINVAL;
	if (d->state == desc_reusable || BLK_DATALESS(&d->text_blk_lpos))
		return -ENOENT;
	if (info)
		*info = *to_info(seq);
	if (text)
		memcpy(text, get_data(&d->text_blk_lpos),
		       min((size_t)to_info(seq)->text_len, size));
	return 0;
}

/*
 * The first readable record whose number is >= seq: its info and (up to
 * size bytes of) its text. False when there is none yet.
 */
static bool __prb_read_valid(u64 seq, struct printk_info *info, char *text,
			     size_t size)
{
	int err;

	while ((err = prb_read(seq, info, text, size))) {
		if (seq < tail_seq)
			seq = tail_seq;
		else if (err == -ENOENT)
			seq++;
		else
			return false;
	}
	return true;
}

/* Interrupt handlers print too: the buffer does not change under a reader. */
bool prb_read_valid(u64 seq, struct printk_info *info, char *text,
		    size_t size)
{
	unsigned long flags;
	bool ret;

	local_irq_save(flags);
	ret = __prb_read_valid(seq, info, text, size);
	local_irq_restore(flags);
	return ret;
}

u64 prb_first_valid_seq(void)
{
	struct printk_info info;

	return prb_read_valid(0, &info, NULL, 0) ? info.seq : prb_next_seq();
}

/* One past the newest readable record (finalizing goes in order). */
u64 prb_next_seq(void)
{
	u64 seq = next_seq;

	while (seq > tail_seq && prb_read(seq - 1, NULL, NULL, 0) == -EINVAL)
		seq--;
	return seq;
}

int log_buf_len_get(void)
{
	return DATA_SIZE;
}
