#!/usr/bin/env node
// The rolelens command: the CLI built to one JavaScript file (npm run build:cli).
import '../dist/rolelens.mjs';
