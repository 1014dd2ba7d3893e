import {hash} from 'node:crypto';

/**
 * Identifies an exact text (see GroupMember.textHash): the SHA-1 of its UTF-8 bytes, in base64. One call
 * (crypto.hash, Node 20.12 and later) rather than a Hash object per text: `list` hashes every text, cold
 * (the workers) and warm (the cache's key), and the object's making and digest cost about as much as the hashing.
 */
export const textHash = (text: string): string => hash('sha1', text, 'base64');
