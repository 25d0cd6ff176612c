// SPDX-License-Identifier: GPL-2.0
/*
 * Process identity and limits: ids (everyone is root), process groups
 * and sessions, uname, umask, prctl, rlimits, resource usage.
 */
#include <linux/kernel.h>
#include <linux/kernel_stat.h>
#include <linux/errno.h>
#include <linux/fs_struct.h>
#include <linux/mm.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/loadavg.h>
#include <linux/stat.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/sysinfo.h>
#include <linux/timekeeping.h>
#include <linux/tty.h>
#include <linux/uaccess.h>
#include <linux/utsname.h>
#include <uapi/linux/prctl.h>

SYSCALL_DEFINE0(getpid)
{
	return task_tgid_nr(current);
}

SYSCALL_DEFINE0(gettid)
{
	return task_pid_nr(current);
}

SYSCALL_DEFINE0(getppid)
{
	return task_ppid_nr(current);
}

/* One user: root. The set* calls accept root's own ids (and -1). */
SYSCALL_DEFINE0(getuid) { return 0; }
SYSCALL_DEFINE0(geteuid) { return 0; }
SYSCALL_DEFINE0(getgid) { return 0; }
SYSCALL_DEFINE0(getegid) { return 0; }

static long set_ids(long a, long b, long c)
{
	return 0;
}

SYSCALL_DEFINE1(setuid, uid_t, uid) { return set_ids(uid, 0, 0); }
SYSCALL_DEFINE1(setgid, gid_t, gid) { return set_ids(gid, 0, 0); }
SYSCALL_DEFINE2(setreuid, uid_t, ruid, uid_t, euid) { return set_ids(ruid, euid, 0); }
SYSCALL_DEFINE2(setregid, gid_t, rgid, gid_t, egid) { return set_ids(rgid, egid, 0); }
SYSCALL_DEFINE3(setresuid, uid_t, r, uid_t, e, uid_t, s) { return set_ids(r, e, s); }
SYSCALL_DEFINE3(setresgid, gid_t, r, gid_t, e, gid_t, s) { return set_ids(r, e, s); }
SYSCALL_DEFINE1(setfsuid, uid_t, uid) { return 0; }
SYSCALL_DEFINE1(setfsgid, gid_t, gid) { return 0; }

static long put_three_ids(u32 __user *a, u32 __user *b, u32 __user *c)
{
	if (put_user(0, a) || put_user(0, b) || put_user(0, c))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE3(getresuid, uid_t __user *, r, uid_t __user *, e, uid_t __user *, s)
{
	return put_three_ids(r, e, s);
}

SYSCALL_DEFINE3(getresgid, gid_t __user *, r, gid_t __user *, e, gid_t __user *, s)
{
	return put_three_ids(r, e, s);
}

SYSCALL_DEFINE2(getgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	return gidsetsize < 0 ? -EINVAL : 0;
}

SYSCALL_DEFINE2(setgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	return gidsetsize < 0 || gidsetsize > 65536 ? -EINVAL : 0;
}

/* setpgid(pid, pgid): pid 0 is us, pgid 0 is pid; same session only. */
SYSCALL_DEFINE2(setpgid, pid_t, pid, pid_t, pgid)
{
	struct task_struct *p, *g;

	if (!pid)
		pid = task_pid_nr(current);
	if (!pgid)
		pgid = pid;
	if (pgid < 0)
		return -EINVAL;
	p = find_task_by_vpid(pid);
	if (!p || (p != current && p->real_parent != current))
		return -ESRCH;
	if (p->signal->leader)
		return -EPERM;
	if (p->signal->session != current->signal->session)
		return -EPERM;
	if (pgid != pid) {
		bool found = false;

		for_each_process(g)
			if (g->signal && g->signal->pgrp == pgid &&
			    g->signal->session == current->signal->session)
				found = true;
		if (!found)
			return -EPERM;
	}
	p->signal->pgrp = pgid;
	return 0;
}

static struct task_struct *task_or_current(pid_t pid)
{
	return pid ? find_task_by_vpid(pid) : current;
}

SYSCALL_DEFINE1(getpgid, pid_t, pid)
{
	struct task_struct *p = task_or_current(pid);

	return p ? task_pgrp_nr(p) : -ESRCH;
}

SYSCALL_DEFINE1(getsid, pid_t, pid)
{
	struct task_struct *p = task_or_current(pid);

	return p ? task_session_nr(p) : -ESRCH;
}

/* A new session and group led by us, with no controlling tty. */
SYSCALL_DEFINE0(setsid)
{
	struct task_struct *p, *cur = current;
	pid_t sid = task_pid_nr(cur);

	for_each_process(p)
		if (p->signal && p->signal->pgrp == sid)
			return -EPERM;
	cur->signal->leader = true;
	cur->signal->session = sid;
	cur->signal->pgrp = sid;
	cur->signal->tty = NULL;
	return sid;
}

SYSCALL_DEFINE1(newuname, struct new_utsname __user *, name)
{
	return copy_to_user(name, init_utsname(), sizeof(*name)) ? -EFAULT : 0;
}

static long set_uts_string(char *field, const char __user *name, int len)
{
	char tmp[__NEW_UTS_LEN];

	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	memcpy(field, tmp, len);
	memset(field + len, 0, __NEW_UTS_LEN + 1 - len);
	return 0;
}

SYSCALL_DEFINE2(sethostname, char __user *, name, int, len)
{
	return set_uts_string(init_utsname()->nodename, name, len);
}

SYSCALL_DEFINE2(setdomainname, char __user *, name, int, len)
{
	return set_uts_string(init_utsname()->domainname, name, len);
}

SYSCALL_DEFINE1(umask, int, mask)
{
	int old = current->fs->umask;

	current->fs->umask = mask & S_IRWXUGO;
	return old;
}

SYSCALL_DEFINE5(prctl, int, option, unsigned long, arg2, unsigned long, arg3,
		unsigned long, arg4, unsigned long, arg5)
{
	char comm[TASK_COMM_LEN];

	switch (option) {
	case PR_SET_NAME:
		memset(comm, 0, sizeof(comm));
		if (strncpy_from_user(comm, (char __user *)arg2, sizeof(comm) - 1) < 0)
			return -EFAULT;
		__set_task_comm(current, comm);
		return 0;
	case PR_GET_NAME:
		get_task_comm(comm, current);
		return copy_to_user((char __user *)arg2, comm, sizeof(comm)) ?
		       -EFAULT : 0;
	case PR_GET_DUMPABLE:
		return 1;
	case PR_SET_DUMPABLE:
		return arg2 > 1 ? -EINVAL : 0;
	case PR_SET_PDEATHSIG:
		return valid_signal(arg2) ? 0 : -EINVAL;
	case PR_GET_PDEATHSIG:
		return put_user(0, (int __user *)arg2);
	case PR_SET_NO_NEW_PRIVS:
	case PR_SET_CHILD_SUBREAPER:
	case PR_SET_VMA:
		return 0;
	case PR_GET_NO_NEW_PRIVS:
		return 0;
	default:
		return -EINVAL;
	}
}

/* RLIMIT_NPROC and RLIMIT_SIGPENDING as Linux sizes them from memory. */
unsigned long default_max_threads(void)
{
	return totalram_pages() * PAGE_SIZE / (8 * THREAD_SIZE);
}

static int do_prlimit(struct task_struct *tsk, unsigned int resource,
		      struct rlimit *new_rlim, struct rlimit *old_rlim)
{
	struct rlimit *rlim;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	rlim = &tsk->signal->rlim[resource];
	if (new_rlim) {
		if (new_rlim->rlim_cur > new_rlim->rlim_max)
			return -EINVAL;
		if (resource == RLIMIT_NOFILE && new_rlim->rlim_max > 1024 * 1024)
			return -EPERM;
	}
	if (old_rlim)
		*old_rlim = *rlim;
	if (new_rlim)
		*rlim = *new_rlim;
	return 0;
}

SYSCALL_DEFINE4(prlimit64, pid_t, pid, unsigned int, resource,
		const struct rlimit64 __user *, new_rlim,
		struct rlimit64 __user *, old_rlim)
{
	struct rlimit64 r64;
	struct rlimit new, old;
	struct task_struct *tsk = task_or_current(pid);
	int ret;

	if (!tsk)
		return -ESRCH;
	if (new_rlim) {
		if (copy_from_user(&r64, new_rlim, sizeof(r64)))
			return -EFAULT;
		new.rlim_cur = r64.rlim_cur;
		new.rlim_max = r64.rlim_max;
	}
	ret = do_prlimit(tsk, resource, new_rlim ? &new : NULL,
			 old_rlim ? &old : NULL);
	if (ret || !old_rlim)
		return ret;
	r64.rlim_cur = old.rlim_cur;
	r64.rlim_max = old.rlim_max;
	return copy_to_user(old_rlim, &r64, sizeof(r64)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(getrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	struct rlimit value;
	int ret = do_prlimit(current, resource, NULL, &value);

	if (!ret && copy_to_user(rlim, &value, sizeof(*rlim)))
		return -EFAULT;
	return ret;
}

SYSCALL_DEFINE2(setrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	struct rlimit new;

	if (copy_from_user(&new, rlim, sizeof(*rlim)))
		return -EFAULT;
	return do_prlimit(current, resource, &new, NULL);
}

static void ns_to_timeval(u64 ns, struct __kernel_old_timeval *tv)
{
	tv->tv_sec = ns / NSEC_PER_SEC;
	tv->tv_usec = (ns % NSEC_PER_SEC) / NSEC_PER_USEC;
}

void getrusage(struct task_struct *p, int who, struct rusage *r)
{
	struct signal_struct *sig = p->signal;
	u64 utime = 0, stime = 0;

	memset(r, 0, sizeof(*r));
	if (who != RUSAGE_CHILDREN) {
		task_cputime_adjusted(p, &utime, &stime);
		r->ru_minflt += p->min_flt;
		r->ru_nvcsw += p->nvcsw;
		r->ru_nivcsw += p->nivcsw;
		if (p->mm)
			r->ru_maxrss = p->mm->hiwater_rss * (PAGE_SIZE / 1024);
	}
	if (who != RUSAGE_SELF && who != RUSAGE_THREAD) {
		utime += sig->cutime;
		stime += sig->cstime;
		r->ru_minflt += sig->cmin_flt;
		r->ru_nvcsw += sig->cnvcsw;
		r->ru_nivcsw += sig->cnivcsw;
	}
	ns_to_timeval(utime, &r->ru_utime);
	ns_to_timeval(stime, &r->ru_stime);
}

SYSCALL_DEFINE2(getrusage, int, who, struct rusage __user *, ru)
{
	struct rusage r;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD)
		return -EINVAL;
	getrusage(current, who, &r);
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

struct tms {
	long tms_utime;
	long tms_stime;
	long tms_cutime;
	long tms_cstime;
};

SYSCALL_DEFINE1(times, struct tms __user *, tbuf)
{
	if (tbuf) {
		u64 utime, stime;
		struct tms tmp;

		task_cputime_adjusted(current, &utime, &stime);
		tmp = (struct tms) {
			.tms_utime = nsec_to_clock_t(utime),
			.tms_stime = nsec_to_clock_t(stime),
			.tms_cutime = nsec_to_clock_t(current->signal->cutime),
			.tms_cstime = nsec_to_clock_t(current->signal->cstime),
		};

		if (copy_to_user(tbuf, &tmp, sizeof(tmp)))
			return -EFAULT;
	}
	return jiffies_64_to_clock_t(get_jiffies_64());
}

void si_meminfo(struct sysinfo *val)
{
	val->totalram = totalram_pages();
	val->freeram = nr_free_pages();
	val->sharedram = 0;
	val->bufferram = 0;
	val->totalhigh = 0;
	val->freehigh = 0;
	val->mem_unit = PAGE_SIZE;
}

SYSCALL_DEFINE1(sysinfo, struct sysinfo __user *, info)
{
	struct sysinfo val;
	struct task_struct *p;

	memset(&val, 0, sizeof(val));
	val.uptime = ktime_get_boottime_ns() / NSEC_PER_SEC +
		     (ktime_get_boottime_ns() % NSEC_PER_SEC ? 1 : 0);
	for_each_process(p)
		val.procs++;
	get_avenrun(val.loads, 0, SI_LOAD_SHIFT - FSHIFT);
	si_meminfo(&val);
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}

SYSCALL_DEFINE1(personality, unsigned int, personality)
{
	return 0;	/* PER_LINUX, and no change accepted but that */
}

SYSCALL_DEFINE3(getcpu, unsigned __user *, cpup, unsigned __user *, nodep,
		void __user *, unused)
{
	if (cpup && put_user(0, cpup))
		return -EFAULT;
	if (nodep && put_user(0, nodep))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE3(getpriority, int, which, int, who, int, unused)
{
	return which < 0 || which > 2 ? -EINVAL : 20;	/* nice 0, as 20 - nice */
}

SYSCALL_DEFINE3(setpriority, int, which, int, who, int, niceval)
{
	return which < 0 || which > 2 ? -EINVAL : 0;
}

SYSCALL_DEFINE2(capget, void __user *, header, void __user *, dataptr)
{
	u32 version;
	u32 caps[6] = { 0xffffffff, 0xffffffff, 0, 0x1ff, 0x1ff, 0 };

	if (get_user(version, (u32 __user *)header))
		return -EFAULT;
	if (version != 0x20080522) {
		put_user(0x20080522, (u32 __user *)header);
		return dataptr ? -EINVAL : 0;
	}
	if (dataptr && copy_to_user(dataptr, caps, sizeof(caps)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(capset, void __user *, header, const void __user *, data)
{
	return 0;
}
