// SPDX-License-Identifier: GPL-2.0
/*
 * A small reader for flattened device tree blobs (the DTB format of the
 * Devicetree Specification): header, structure block tokens, properties,
 * paths, compatible strings and the memory reservation map.
 */
#include <linux/libfdt.h>
#include <linux/string.h>

#define FDT_MAGIC	0xd00dfeed
#define FDT_BEGIN_NODE	0x1
#define FDT_END_NODE	0x2
#define FDT_PROP	0x3
#define FDT_NOP		0x4
#define FDT_END		0x9

struct fdt_header {
	u32 magic;
	u32 totalsize;
	u32 off_dt_struct;
	u32 off_dt_strings;
	u32 off_mem_rsvmap;
	u32 version;
	u32 last_comp_version;
	u32 boot_cpuid_phys;
	u32 size_dt_strings;
	u32 size_dt_struct;
};

struct fdt_reserve_entry {
	u64 address;
	u64 size;
};

#define hdr(fdt, field) fdt32_to_cpu(((const struct fdt_header *)(fdt))->field)

static const u32 *struct_word(const void *fdt, int offset)
{
	return (const u32 *)((const char *)fdt + hdr(fdt, off_dt_struct) + offset);
}

static const char *fdt_string(const void *fdt, u32 stroffset)
{
	return (const char *)fdt + hdr(fdt, off_dt_strings) + stroffset;
}

int fdt_check_header(const void *fdt)
{
	if (hdr(fdt, magic) != FDT_MAGIC)
		return -FDT_ERR_BADMAGIC;
	if (hdr(fdt, version) < 16 || hdr(fdt, last_comp_version) > 17)
		return -FDT_ERR_BADVERSION;
	return 0;
}

u32 fdt_totalsize(const void *fdt)
{
	return hdr(fdt, totalsize);
}

/* The token at offset; *next is set to the offset of the following one. */
static u32 next_tag(const void *fdt, int offset, int *next)
{
	const u32 *p = struct_word(fdt, offset);
	u32 tag = fdt32_to_cpu(p[0]);
	int len = 4;

	if (offset < 0 || (u32)offset + 4 > hdr(fdt, size_dt_struct))
		return FDT_END;
	if (tag == FDT_BEGIN_NODE)
		len += strlen((const char *)(p + 1)) + 1;
	else if (tag == FDT_PROP)
		len += 8 + fdt32_to_cpu(p[1]);
	*next = offset + ((len + 3) & ~3);
	return tag;
}

/*
 * The node after offset in document order (offset -1: the root), with
 * *depth adjusted; -FDT_ERR_NOTFOUND at the end of the tree.
 */
int fdt_next_node(const void *fdt, int offset, int *depth)
{
	int next = 0;
	u32 tag;

	if (offset >= 0)
		next_tag(fdt, offset, &next);	/* step over our BEGIN_NODE */
	for (;;) {
		offset = next;
		tag = next_tag(fdt, offset, &next);
		switch (tag) {
		case FDT_BEGIN_NODE:
			if (depth)
				(*depth)++;
			return offset;
		case FDT_END_NODE:
			if (depth)
				(*depth)--;
			break;
		case FDT_PROP:
		case FDT_NOP:
			break;
		default:
			return -FDT_ERR_NOTFOUND;
		}
	}
}

const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp)
{
	const char *name = (const char *)(struct_word(fdt, nodeoffset) + 1);

	if (lenp)
		*lenp = strlen(name);
	return name;
}

const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp)
{
	int offset, next;
	u32 tag;

	next_tag(fdt, nodeoffset, &next);
	for (;;) {
		offset = next;
		tag = next_tag(fdt, offset, &next);
		if (tag == FDT_NOP)
			continue;
		if (tag != FDT_PROP)
			return NULL;	/* properties come before subnodes */
		if (!strcmp(fdt_string(fdt, fdt32_to_cpu(struct_word(fdt, offset)[2])),
			    name)) {
			if (lenp)
				*lenp = fdt32_to_cpu(struct_word(fdt, offset)[1]);
			return struct_word(fdt, offset) + 3;
		}
	}
}

/* A node's first property, or -FDT_ERR_NOTFOUND: properties come first. */
static int next_property(const void *fdt, int offset)
{
	int next;
	u32 tag;

	for (;;) {
		tag = next_tag(fdt, offset, &next);
		if (tag == FDT_PROP)
			return offset;
		if (tag != FDT_NOP)
			return -FDT_ERR_NOTFOUND;
		offset = next;
	}
}

int fdt_first_property_offset(const void *fdt, int nodeoffset)
{
	int next;

	next_tag(fdt, nodeoffset, &next);
	return next_property(fdt, next);
}

int fdt_next_property_offset(const void *fdt, int offset)
{
	int next;

	next_tag(fdt, offset, &next);
	return next_property(fdt, next);
}

const void *fdt_getprop_by_offset(const void *fdt, int offset,
				  const char **namep, int *lenp)
{
	const u32 *p = struct_word(fdt, offset);

	if (namep)
		*namep = fdt_string(fdt, fdt32_to_cpu(p[2]));
	if (lenp)
		*lenp = fdt32_to_cpu(p[1]);
	return p + 3;
}

/* Turn a property into NOPs, as if it had never been there. */
int fdt_nop_property(void *fdt, int nodeoffset, const char *name)
{
	int offset, next, len;
	const char *pname;
	u32 *p;

	for (offset = fdt_first_property_offset(fdt, nodeoffset); offset >= 0;
	     offset = fdt_next_property_offset(fdt, offset)) {
		fdt_getprop_by_offset(fdt, offset, &pname, &len);
		if (strcmp(pname, name))
			continue;
		next_tag(fdt, offset, &next);
		for (p = (u32 *)struct_word(fdt, offset);
		     p < struct_word(fdt, next); p++)
			*p = __builtin_bswap32(FDT_NOP);
		return 0;
	}
	return -FDT_ERR_NOTFOUND;
}

/* A name matches "node@unit" exactly, or "node" when no unit is given. */
static bool name_matches(const char *node, const char *name, int namelen)
{
	if (strncmp(node, name, namelen))
		return false;
	if (node[namelen] == '\0')
		return true;
	return !memchr(name, '@', namelen) && node[namelen] == '@';
}

int fdt_subnode_offset(const void *fdt, int parent, const char *name,
		       int namelen)
{
	int depth = 0;
	int offset = parent;

	for (;;) {
		offset = fdt_next_node(fdt, offset, &depth);
		if (offset < 0 || depth < 1)
			return -FDT_ERR_NOTFOUND;
		if (depth == 1 &&
		    name_matches(fdt_get_name(fdt, offset, NULL), name, namelen))
			return offset;
	}
}

/* "/a/b@1" from the root; a path not starting with '/' is an alias. */
int fdt_path_offset(const void *fdt, const char *path)
{
	const char *end = path + strlen(path);
	int offset = 0;

	if (*path != '/') {
		const char *q = strchr(path, '/');
		int aliases = fdt_path_offset(fdt, "/aliases");
		const char *alias;

		if (aliases < 0)
			return aliases;
		if (q)
			return -FDT_ERR_NOTFOUND;
		alias = fdt_getprop(fdt, aliases, path, NULL);
		if (!alias)
			return -FDT_ERR_NOTFOUND;
		return fdt_path_offset(fdt, alias);
	}

	while (path < end) {
		const char *q;

		while (*path == '/')
			path++;
		if (!*path)
			break;
		q = strchr(path, '/');
		if (!q)
			q = end;
		offset = fdt_subnode_offset(fdt, offset, path, q - path);
		if (offset < 0)
			return offset;
		path = q;
	}
	return offset;
}

/* 0 if the node's "compatible" list contains the string, 1 if not. */
int fdt_node_check_compatible(const void *fdt, int nodeoffset,
			      const char *compatible)
{
	int len;
	const char *list = fdt_getprop(fdt, nodeoffset, "compatible", &len);
	const char *end;

	if (!list)
		return -FDT_ERR_NOTFOUND;
	end = list + len;
	while (list < end) {
		if (!strcmp(list, compatible))
			return 0;
		list += strlen(list) + 1;
	}
	return 1;
}

int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible)
{
	int offset = startoffset;

	for (;;) {
		offset = fdt_next_node(fdt, offset, NULL);
		if (offset < 0)
			return offset;
		if (fdt_node_check_compatible(fdt, offset, compatible) == 0)
			return offset;
	}
}

static const struct fdt_reserve_entry *mem_rsv(const void *fdt, int n)
{
	return (const struct fdt_reserve_entry *)
		((const char *)fdt + hdr(fdt, off_mem_rsvmap)) + n;
}

int fdt_num_mem_rsv(const void *fdt)
{
	int n = 0;

	while (fdt64_to_cpu(mem_rsv(fdt, n)->size))
		n++;
	return n;
}

int fdt_get_mem_rsv(const void *fdt, int n, u64 *address, u64 *size)
{
	*address = fdt64_to_cpu(mem_rsv(fdt, n)->address);
	*size = fdt64_to_cpu(mem_rsv(fdt, n)->size);
	return 0;
}
