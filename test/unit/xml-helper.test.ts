// The tests' XML reader refuses what is not well-formed XML (it checks kobox's SVG charts).
import { describe, expect, it } from 'vitest';
import { elements, parseXml } from '../helpers/xml.ts';

describe('the tests\' XML reader', () => {
	it('reads elements, attributes, text and entities', () => {
		const root = parseXml('<?xml version="1.0"?>\n<svg a="1" b=\'x &amp; y\'><g><title>a &lt; b &#65;</title></g><rect/></svg>\n');
		expect(root.name).toBe('svg');
		expect(root.attributes).toEqual({ a: '1', b: 'x & y' });
		expect(elements(root, 'title')[0].text).toBe('a < b A');
		expect(elements(root, 'rect')).toHaveLength(1);
	});

	it.each([
		['<a><b></a></b>', /closes/],
		['<a x=1/>', /unquoted/],
		['<a x="1" x="2"/>', /twice/],
		['<a>&nbsp;</a>', /unknown entity/],
		['<a>x & y</a>', /reference/],
		['<a></a><b/>', /second root/],
		['<a>', /never closed/],
		['<a x="<"/>', /< in an attribute/],
	])('refuses %s', (xml, error) => {
		expect(() => parseXml(xml)).toThrow(error);
	});
});
