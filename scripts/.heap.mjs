import * as cold from '../bench/cold.mjs'
for (let i = 0; i < 4; i++) console.log(JSON.stringify(cold.heapOf1MB('dist/index.js', '../shared/corpus')))
