/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Static keys in 6.1's layout, for the modules that use them: a key is
 * { enabled count; entries | type bits }, and each asm-goto site in a
 * module's __jump_table is { code, target, key | branch | init } with
 * place-relative offsets (CONFIG_HAVE_ARCH_JUMP_LABEL_RELATIVE). The
 * kernel's own code has no jump labels.
 */
#ifndef _LINUX_JUMP_LABEL_H
#define _LINUX_JUMP_LABEL_H

#include <linux/types.h>

struct jump_entry;
struct static_key_mod;

struct static_key {
	atomic_t enabled;
	union {
		unsigned long type;		/* JUMP_TYPE_* bits */
		struct jump_entry *entries;	/* the owner's entries */
		struct static_key_mod *next;	/* LINKED: per-module lists */
	};
};

#define JUMP_TYPE_FALSE		0UL
#define JUMP_TYPE_TRUE		1UL
#define JUMP_TYPE_LINKED	2UL
#define JUMP_TYPE_MASK		3UL

#ifdef CONFIG_HAVE_ARCH_JUMP_LABEL_RELATIVE
/* arm64: place-relative fields */
struct jump_entry {
	s32 code;
	s32 target;
	long key;	/* key offset | 1: branch | 2: in init text */
};
#else
/* arm: absolute addresses */
struct jump_entry {
	unsigned long code;
	unsigned long target;
	unsigned long key;	/* key | 1: branch | 2: in init text */
};
#endif

enum jump_label_type {
	JUMP_LABEL_NOP = 0,
	JUMP_LABEL_JMP,
};

#ifdef CONFIG_HAVE_ARCH_JUMP_LABEL_RELATIVE
static inline unsigned long jump_entry_code(const struct jump_entry *entry)
{
	return (unsigned long)&entry->code + entry->code;
}

static inline unsigned long jump_entry_target(const struct jump_entry *entry)
{
	return (unsigned long)&entry->target + entry->target;
}

static inline struct static_key *jump_entry_key(const struct jump_entry *entry)
{
	long offset = entry->key & ~3L;

	return (struct static_key *)((unsigned long)&entry->key + offset);
}
#else
static inline unsigned long jump_entry_code(const struct jump_entry *entry)
{
	return entry->code;
}

static inline unsigned long jump_entry_target(const struct jump_entry *entry)
{
	return entry->target;
}

static inline struct static_key *jump_entry_key(const struct jump_entry *entry)
{
	return (struct static_key *)(entry->key & ~3UL);
}
#endif

static inline bool jump_entry_is_branch(const struct jump_entry *entry)
{
	return (unsigned long)entry->key & 1UL;
}

static inline bool jump_entry_is_init(const struct jump_entry *entry)
{
	return (unsigned long)entry->key & 2UL;
}

static inline void jump_entry_set_init(struct jump_entry *entry, bool set)
{
	if (set)
		entry->key |= 2;
	else
		entry->key &= ~2;
}

int static_key_count(struct static_key *key);

static inline bool static_key_enabled(struct static_key *key)
{
	return static_key_count(key) > 0;
}

extern bool static_key_initialized;

void static_key_slow_inc(struct static_key *key);
void static_key_slow_dec(struct static_key *key);
void static_key_enable(struct static_key *key);
void static_key_disable(struct static_key *key);
void static_key_enable_cpuslocked(struct static_key *key);
void static_key_disable_cpuslocked(struct static_key *key);

/* arch/arm64/kernel/jump_label.c */
bool arch_jump_label_transform_queue(struct jump_entry *entry,
				     enum jump_label_type type);

#endif
