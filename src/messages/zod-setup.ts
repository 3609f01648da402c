import { z } from 'zod';

// Every entry (worker, content script, panel) imports this module before anything else.
// zod 4 decides per object schema, when the schema is built, whether to compile a fast
// parser with `new Function`; its probe alone makes MV3's CSP report a violation. Jitless
// must therefore be on before the first `z.object()` anywhere (src/core builds schemas at
// import time), which only an import placed first in each entry can promise.
z.config({ jitless: true });
