/**
 * The W3C Entity Reconciliation API (v0.2, as OpenRefine 3.x speaks it) over the store: names in any script matched to
 * entities, with scores that say which label matched how.
 */
package org.cstkg.reconcile;
