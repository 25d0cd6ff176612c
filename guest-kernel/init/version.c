// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's name and version. The build generates compile.h and
 * utsrelease.h from KERNELRELEASE and the toolchain's version strings;
 * there is no build date, so every build prints the same banner.
 */
#include <linux/utsname.h>
#include <generated/compile.h>
#include <generated/utsrelease.h>

const char linux_banner[] =
	"Linux version " UTS_RELEASE " (" LINUX_COMPILE_BY "@"
	LINUX_COMPILE_HOST ") (" LINUX_COMPILER ") " UTS_VERSION "\n";

struct new_utsname init_uts_name = {
	.sysname	= "Linux",
	.nodename	= "(none)",
	.release	= UTS_RELEASE,
	.version	= UTS_VERSION,
	.machine	= UTS_MACHINE,
	.domainname	= "(none)",
};
