// A guest that waits for an interrupt on a board that has none to give.
	.text
	.global _start
_start:
	wfi
	b	_start
