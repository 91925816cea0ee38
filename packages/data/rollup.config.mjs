import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig({
  input: [
    'src/index.ts',
    'src/contacts.ts',
    'src/emergency-line.ts',
    'src/indicators.ts',
    'src/guidance.ts',
    'src/referral.ts',
    'src/schemas.ts',
    'src/validate.ts',
  ],
});
