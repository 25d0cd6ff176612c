/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ASN.1 object identifiers the kernel knows by name. The list, its order
 * (the enum values Linux prints) and the OIDs come from Debian's headers
 * (include/linux/oid_registry.h) at build time: see
 * scripts/build_OID_registry.awk.
 */
#ifndef _LINUX_OID_REGISTRY_H
#define _LINUX_OID_REGISTRY_H

#include <linux/types.h>

enum OID {
#define OID(name, der) name,
#include <generated/oid_registry_data.h>
#undef OID
	OID__NR
};

enum OID look_up_OID(const void *data, size_t datasize);
int sprint_oid(const void *data, size_t datasize, char *buffer, size_t bufsize);

#endif /* _LINUX_OID_REGISTRY_H */
