// SPDX-License-Identifier: GPL-2.0
/*
 * Static keys and jump labels, for module code (Linux 6.1's
 * kernel/jump_label.c, the parts a module can reach). A module's
 * __jump_table is sorted by key when it becomes COMING; keys it owns
 * point at their entries, keys defined elsewhere get a static_key_mod
 * list entry per module (LINKED). Enabling or disabling a key rewrites
 * each site between NOP and a branch to its target.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/jump_label.h>
#include <linux/module.h>
#include <linux/notifier.h>
#include <linux/slab.h>

/* There is nothing to set up before first use: keys are usable at once. */
bool static_key_initialized = true;
EXPORT_SYMBOL_GPL(static_key_initialized);

struct static_key_mod {
	struct static_key_mod *next;
	struct jump_entry *entries;
	struct module *mod;
};

static bool static_key_type(struct static_key *key)
{
	return key->type & JUMP_TYPE_TRUE;
}

static bool static_key_linked(struct static_key *key)
{
	return key->type & JUMP_TYPE_LINKED;
}

static struct jump_entry *static_key_entries(struct static_key *key)
{
	return (struct jump_entry *)(key->type & ~JUMP_TYPE_MASK);
}

static struct static_key_mod *static_key_mod(struct static_key *key)
{
	return (struct static_key_mod *)(key->type & ~JUMP_TYPE_MASK);
}

/* Replace the pointer, keep the TRUE/LINKED bits. */
static void static_key_set_ptr(struct static_key *key, void *ptr)
{
	unsigned long type = key->type & JUMP_TYPE_MASK;

	key->type = (unsigned long)ptr | type;
}

int static_key_count(struct static_key *key)
{
	int n = READ_ONCE(key->enabled.counter);

	return n >= 0 ? n : 1;	/* -1: being enabled */
}
EXPORT_SYMBOL_GPL(static_key_count);

/* NOP or JMP: what the site must be now, given the key. */
static enum jump_label_type jump_label_type(struct jump_entry *entry)
{
	return static_key_enabled(jump_entry_key(entry)) ^
	       jump_entry_is_branch(entry);
}

/* What the compiler emitted: the key's initial state. */
static enum jump_label_type jump_label_init_type(struct jump_entry *entry)
{
	return static_key_type(jump_entry_key(entry)) ^
	       jump_entry_is_branch(entry);
}

/* Sites in init text are left alone once init is gone. */
static bool jump_label_can_update(struct jump_entry *entry, bool init)
{
	if (!init && jump_entry_is_init(entry))
		return false;
	return __module_text_address(jump_entry_code(entry)) != NULL;
}

static void __jump_label_update(struct static_key *key,
				struct jump_entry *entry,
				struct jump_entry *stop, bool init)
{
	for (; entry < stop && jump_entry_key(entry) == key; entry++)
		if (jump_label_can_update(entry, init))
			arch_jump_label_transform_queue(entry,
							jump_label_type(entry));
}

static void __jump_label_mod_update(struct static_key *key)
{
	struct static_key_mod *mod;

	for (mod = static_key_mod(key); mod; mod = mod->next) {
		struct module *m = mod->mod;

		if (!mod->entries || !m)
			continue;	/* the kernel's side: no sites */
		__jump_label_update(key, mod->entries,
				    m->jump_entries + m->num_jump_entries,
				    m->state == MODULE_STATE_COMING);
	}
}

static void jump_label_update(struct static_key *key)
{
	struct jump_entry *entry;
	struct module *mod;

	if (static_key_linked(key)) {
		__jump_label_mod_update(key);
		return;
	}
	mod = __module_address((unsigned long)key);
	entry = static_key_entries(key);
	if (mod && entry)
		__jump_label_update(key, entry,
				    mod->jump_entries + mod->num_jump_entries,
				    mod->state == MODULE_STATE_COMING);
}

static bool static_key_fast_inc_not_disabled(struct static_key *key)
{
	int v = READ_ONCE(key->enabled.counter);

	if (v <= 0)
		return false;
	key->enabled.counter = v + 1;
	return true;
}

void static_key_slow_inc(struct static_key *key)
{
	if (static_key_fast_inc_not_disabled(key))
		return;
	if (key->enabled.counter == 0) {
		key->enabled.counter = -1;
		jump_label_update(key);
		key->enabled.counter = 1;
	} else {
		key->enabled.counter++;
	}
}
EXPORT_SYMBOL_GPL(static_key_slow_inc);

void static_key_slow_dec(struct static_key *key)
{
	int v = key->enabled.counter;

	if (v > 1) {
		key->enabled.counter = v - 1;
		return;
	}
	if (WARN_ON_ONCE(v <= 0))
		return;
	key->enabled.counter = 0;
	jump_label_update(key);
}
EXPORT_SYMBOL_GPL(static_key_slow_dec);

void static_key_enable_cpuslocked(struct static_key *key)
{
	if (key->enabled.counter > 0) {
		WARN_ON_ONCE(key->enabled.counter != 1);
		return;
	}
	if (key->enabled.counter == 0) {
		key->enabled.counter = -1;
		jump_label_update(key);
		key->enabled.counter = 1;
	}
}
EXPORT_SYMBOL_GPL(static_key_enable_cpuslocked);

void static_key_enable(struct static_key *key)
{
	static_key_enable_cpuslocked(key);
}
EXPORT_SYMBOL_GPL(static_key_enable);

void static_key_disable_cpuslocked(struct static_key *key)
{
	if (key->enabled.counter != 1) {
		WARN_ON_ONCE(key->enabled.counter != 0);
		return;
	}
	key->enabled.counter = 0;
	jump_label_update(key);
}
EXPORT_SYMBOL_GPL(static_key_disable_cpuslocked);

void static_key_disable(struct static_key *key)
{
	static_key_disable_cpuslocked(key);
}
EXPORT_SYMBOL_GPL(static_key_disable);

/* ---- modules ---- */

/* Order: by key, then by site; relative offsets move with the entries. */
static bool jump_entry_before(const struct jump_entry *a,
			      const struct jump_entry *b)
{
	unsigned long ka = (unsigned long)jump_entry_key(a);
	unsigned long kb = (unsigned long)jump_entry_key(b);

	if (ka != kb)
		return ka < kb;
	return jump_entry_code(a) < jump_entry_code(b);
}

#ifdef CONFIG_HAVE_ARCH_JUMP_LABEL_RELATIVE
static void jump_label_swap(struct jump_entry *a, struct jump_entry *b)
{
	long delta = (unsigned long)a - (unsigned long)b;
	struct jump_entry tmp = *a;

	a->code = b->code - delta;
	a->target = b->target - delta;
	a->key = b->key - delta;
	b->code = tmp.code + delta;
	b->target = tmp.target + delta;
	b->key = tmp.key + delta;
}
#else
/* Absolute addresses (32-bit ARM) do not move with the entries. */
static void jump_label_swap(struct jump_entry *a, struct jump_entry *b)
{
	struct jump_entry tmp = *a;

	*a = *b;
	*b = tmp;
}
#endif

static void jump_label_sort_entries(struct jump_entry *start,
				    struct jump_entry *stop)
{
	struct jump_entry *i, *j;

	for (i = start + 1; i < stop; i++)
		for (j = i; j > start && jump_entry_before(j, j - 1); j--)
			jump_label_swap(j, j - 1);
}

/* Link a key defined outside mod to mod's sites (and to its owner's). */
static int jump_label_link_key(struct static_key *key, struct module *mod,
			       struct jump_entry *iter)
{
	struct static_key_mod *jlm, *jlm2;

	jlm = kzalloc(sizeof(*jlm), GFP_KERNEL);
	if (!jlm)
		return -ENOMEM;
	if (!static_key_linked(key)) {
		jlm2 = kzalloc(sizeof(*jlm2), GFP_KERNEL);
		if (!jlm2) {
			kfree(jlm);
			return -ENOMEM;
		}
		jlm2->mod = __module_address((unsigned long)key);
		jlm2->entries = static_key_entries(key);
		static_key_set_ptr(key, jlm2);
		key->type |= JUMP_TYPE_LINKED;
	}
	jlm->mod = mod;
	jlm->entries = iter;
	jlm->next = static_key_mod(key);
	static_key_set_ptr(key, jlm);
	return 0;
}

static int jump_label_add_module(struct module *mod)
{
	struct jump_entry *iter_start = mod->jump_entries;
	struct jump_entry *iter_stop = iter_start + mod->num_jump_entries;
	struct jump_entry *iter;
	struct static_key *key = NULL;
	int err;

	if (iter_start == iter_stop)
		return 0;
	jump_label_sort_entries(iter_start, iter_stop);
	for (iter = iter_start; iter < iter_stop; iter++) {
		struct static_key *iterk = jump_entry_key(iter);

		jump_entry_set_init(iter, within_module_init(
					jump_entry_code(iter), mod));
		if (iterk == key)
			continue;
		key = iterk;
		if (within_module((unsigned long)key, mod)) {
			static_key_set_ptr(key, iter);
			continue;
		}
		err = jump_label_link_key(key, mod, iter);
		if (err)
			return err;
		/* the key changed since the module was built */
		if (jump_label_type(iter) != jump_label_init_type(iter))
			__jump_label_update(key, iter, iter_stop, true);
	}
	return 0;
}

static void jump_label_del_module(struct module *mod)
{
	struct jump_entry *iter_start = mod->jump_entries;
	struct jump_entry *iter_stop = iter_start + mod->num_jump_entries;
	struct jump_entry *iter;
	struct static_key *key = NULL;
	struct static_key_mod *jlm, **prev;

	for (iter = iter_start; iter < iter_stop; iter++) {
		if (jump_entry_key(iter) == key)
			continue;
		key = jump_entry_key(iter);
		if (within_module((unsigned long)key, mod))
			continue;
		if (WARN_ON(!static_key_linked(key)))
			continue;
		prev = NULL;
		jlm = static_key_mod(key);
		while (jlm && jlm->mod != mod) {
			prev = &jlm->next;
			jlm = jlm->next;
		}
		if (WARN_ON(!jlm))
			continue;
		if (!prev)
			static_key_set_ptr(key, jlm->next);
		else
			*prev = jlm->next;
		kfree(jlm);
		jlm = static_key_mod(key);
		/* one left: fold it back into the key */
		if (jlm && !jlm->next) {
			static_key_set_ptr(key, jlm->entries);
			key->type &= ~JUMP_TYPE_LINKED;
			kfree(jlm);
		}
	}
}

static int jump_label_module_notify(struct notifier_block *self,
				    unsigned long val, void *data)
{
	struct module *mod = data;
	int ret = 0;

	switch (val) {
	case MODULE_STATE_COMING:
		ret = jump_label_add_module(mod);
		if (ret) {
			WARN(1, "Failed to allocate memory: jump_label may not work properly.\n");
			jump_label_del_module(mod);
		}
		break;
	case MODULE_STATE_GOING:
		jump_label_del_module(mod);
		break;
	}
	return notifier_from_errno(ret);
}

static struct notifier_block jump_label_module_nb = {
	.notifier_call = jump_label_module_notify,
	.priority = 1,	/* higher than tracepoints */
};

static int __init jump_label_init_module(void)
{
	return register_module_notifier(&jump_label_module_nb);
}
early_initcall(jump_label_init_module);
