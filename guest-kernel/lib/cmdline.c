// SPDX-License-Identifier: GPL-2.0
/* Command line helpers: splitting "param=value" words and reading ints. */
#include <linux/kernel.h>
#include <linux/ctype.h>
#include <linux/string.h>

/*
 * Read an int from *str and advance past it. Returns 0 if there was
 * none, 1 if it ended the string, 2 if a comma follows, 3 if a hyphen.
 */
int get_option(char **str, int *pint)
{
	char *cur = *str;
	int value;

	if (!cur || !(*cur))
		return 0;
	if (*cur == '-')
		value = -simple_strtoull(++cur, str, 0);
	else
		value = simple_strtoull(cur, str, 0);
	if (pint)
		*pint = value;
	if (cur == *str)
		return 0;
	if (**str == ',') {
		(*str)++;
		return 2;
	}
	if (**str == '-')
		return 3;
	return 1;
}

/* A size with an optional K, M, G, T, P or E (binary) suffix; *retptr after it. */
unsigned long long memparse(const char *ptr, char **retptr)
{
	char *endptr;
	unsigned long long ret = simple_strtoull(ptr, &endptr, 0);
	int shift = 0;

	switch (*endptr) {
	case 'E': case 'e':
		shift += 10;
		fallthrough;
	case 'P': case 'p':
		shift += 10;
		fallthrough;
	case 'T': case 't':
		shift += 10;
		fallthrough;
	case 'G': case 'g':
		shift += 10;
		fallthrough;
	case 'M': case 'm':
		shift += 10;
		fallthrough;
	case 'K': case 'k':
		shift += 10;
		endptr++;
		break;
	}
	if (retptr)
		*retptr = endptr;
	return ret << shift;
}

/*
 * Split off the next "param" or "param=value" (quotes protect spaces),
 * NUL-terminating both in place. Returns where the next word starts.
 */
char *next_arg(char *args, char **param, char **val)
{
	unsigned int i, equals = 0;
	int in_quote = 0, quoted = 0;

	if (*args == '"') {
		args++;
		in_quote = 1;
		quoted = 1;
	}

	for (i = 0; args[i]; i++) {
		if (isspace(args[i]) && !in_quote)
			break;
		if (equals == 0 && args[i] == '=')
			equals = i;
		if (args[i] == '"')
			in_quote = !in_quote;
	}

	*param = args;
	if (!equals) {
		*val = NULL;
	} else {
		args[equals] = '\0';
		*val = args + equals + 1;
		/* Don't include quotes in value. */
		if (**val == '"') {
			(*val)++;
			if (args[i - 1] == '"')
				args[i - 1] = '\0';
		}
	}
	if (quoted && i > 0 && args[i - 1] == '"')
		args[i - 1] = '\0';

	if (args[i]) {
		args[i] = '\0';
		args += i + 1;
	} else {
		args += i;
	}
	return skip_spaces(args);
}
