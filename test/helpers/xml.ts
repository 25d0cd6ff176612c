// A strict XML reader for the tests: well-formedness as the XML spec has it for what kobox writes
// (declaration, elements, attributes, text, the five predefined entities and character references);
// anything else throws, naming where.
export interface XmlElement { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string }

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string, where: number): string {
	return s.replace(/&([^;]*);?/g, (m, ref: string) => {
		if (!m.endsWith(';')) throw new Error(`an & that starts no reference at ${where}`);
		if (ref in ENTITIES) return ENTITIES[ref];
		const n = /^#x([0-9a-fA-F]+)$/.exec(ref) ?? /^#([0-9]+)$/.exec(ref);
		if (!n) throw new Error(`unknown entity &${ref}; at ${where}`);
		return String.fromCodePoint(parseInt(n[1], ref.startsWith('#x') ? 16 : 10));
	});
}

export function parseXml(text: string): XmlElement {
	let i = 0;
	const fail = (what: string): never => { throw new Error(`${what} at offset ${i}: ${JSON.stringify(text.slice(i, i + 40))}`); };
	const skipSpace = () => { while (/\s/.test(text[i] ?? '')) i++; };
	if (text.startsWith('<?xml')) {
		const end = text.indexOf('?>');
		if (end < 0) fail('an unterminated XML declaration');
		i = end + 2;
	}
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	for (;;) {
		const lt = text.indexOf('<', i);
		const chunk = text.slice(i, lt < 0 ? text.length : lt);
		if (chunk.includes('>')) fail('a > in text');
		if (stack.length) stack.at(-1)!.text += unescape(chunk, i);
		else if (chunk.trim()) fail('text outside the root element');
		if (lt < 0) break;
		i = lt + 1;
		if (text.startsWith('!--', i)) {
			const end = text.indexOf('-->', i);
			if (end < 0) fail('an unterminated comment');
			i = end + 3;
			continue;
		}
		if (text[i] === '/') {
			i++;
			const name = NAME.exec(text.slice(i))?.[0] ?? fail('a bad closing tag');
			i += name.length;
			skipSpace();
			if (text[i] !== '>') fail('a bad closing tag');
			i++;
			const open = stack.pop();
			if (!open || open.name !== name) fail(`</${name}> closes ${open ? `<${open.name}>` : 'nothing'}`);
			continue;
		}
		const name = NAME.exec(text.slice(i))?.[0] ?? fail('a bad tag');
		i += name.length;
		const el: XmlElement = { name, attributes: {}, children: [], text: '' };
		for (;;) {
			const before = i;
			skipSpace();
			if (text.startsWith('/>', i) || text[i] === '>') break;
			if (i === before) fail('attributes without space between them');
			const attr = NAME.exec(text.slice(i))?.[0] ?? fail('a bad attribute');
			i += attr.length;
			if (text[i] !== '=') fail('an attribute without a value');
			const quote = text[i + 1];
			if (quote !== '"' && quote !== "'") fail('an unquoted attribute value');
			const end = text.indexOf(quote, i + 2);
			if (end < 0) fail('an unterminated attribute value');
			const value = text.slice(i + 2, end);
			if (value.includes('<')) fail('a < in an attribute value');
			if (attr in el.attributes) fail(`attribute ${attr} twice`);
			el.attributes[attr] = unescape(value, i);
			i = end + 1;
		}
		if (stack.length) stack.at(-1)!.children.push(el);
		else if (root) fail('a second root element');
		else root = el;
		if (text.startsWith('/>', i)) i += 2;
		else {
			i++;
			stack.push(el);
		}
	}
	if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
	if (!root) throw new Error('no root element');
	return root;
}

/** Every element below `el` (itself included) named `name`. */
export function elements(el: XmlElement, name: string): XmlElement[] {
	return [...(el.name === name ? [el] : []), ...el.children.flatMap(c => elements(c, name))];
}
