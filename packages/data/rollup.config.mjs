import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig({
  input: ['src/index.ts', 'src/contacts.ts', 'src/schemas.ts'],
});
