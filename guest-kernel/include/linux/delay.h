/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

/* arch/arm64/lib/delay.c: busy-waiting on the counter */
extern unsigned long loops_per_jiffy;
void __delay(unsigned long cycles);
void __const_udelay(unsigned long xloops);
void __udelay(unsigned long usecs);
void __ndelay(unsigned long nsecs);
#define udelay(n)	__udelay(n)
#define ndelay(n)	__ndelay(n)
#define mdelay(n)	({ unsigned long __ms = (n); while (__ms--) udelay(1000); })

/* kernel/time/timer.c: sleeps, Linux's exported names */
void msleep(unsigned int msecs);
unsigned long msleep_interruptible(unsigned int msecs);
void usleep_range_state(unsigned long min, unsigned long max, unsigned int state);
long schedule_timeout(long timeout);
long schedule_timeout_interruptible(long timeout);
long schedule_timeout_uninterruptible(long timeout);
long schedule_timeout_killable(long timeout);
long schedule_timeout_idle(long timeout);

#endif
