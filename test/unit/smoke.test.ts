import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/core/types';
describe('types', () => { it('lists entity types', () => { expect(ENTITY_TYPES).toContain('cartel'); }); });
