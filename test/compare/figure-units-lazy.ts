// The unit tables of figure-units.ts (its word lists by first character, its short patterns) are made on the first
// unit read, not when the module is loaded: a diff of texts without figures never reads a unit.
// A file of its own: the tables are made once per process, and AVA runs each test file in a fresh one.
import test from 'ava';

test('loading the figure units makes none of their patterns; the first unit read makes them, once', async t => {
	const real = globalThis.RegExp;
	let made = 0;
	// The short patterns are the only sticky Unicode ones there that read a measure's power ("km²", "m³").
	globalThis.RegExp = new Proxy(real, {
		construct(target, args: [string | RegExp, string?], newTarget) {
			if (args[1] === 'uy' && String(args[0]).includes('km|cm|mm|m|ft|mi')) made++;
			return Reflect.construct(target, args, newTarget) as RegExp;
		},
	});
	try {
		const {readUnitEnd} = await import('../../source/compare/figure-units.js');
		t.is(made, 0);
		t.is(readUnitEnd('12 m/s', 2, false), 6);
		t.is(made, 2);
		t.is(readUnitEnd('5 million euros', 1, false), 15);
		t.is(readUnitEnd('9:30 a.m. today', 4, true), 9);
		t.is(made, 2);
	} finally {
		globalThis.RegExp = real;
	}
});
