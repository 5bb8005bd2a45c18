package org.cstkg.extract;

import java.util.Set;

/**
 * One step of an extraction. It reads what earlier stages provided and adds its own to the {@link Work} of one
 * document; it never touches RDF. Stages are stateless across documents and safe to share between threads.
 */
public interface Stage {

    /** Short name, for messages. */
    String name();

    /** Annotations this stage reads; the builder refuses an order where an earlier stage does not provide them. */
    Set<Annotation> requires();

    /** Annotations this stage adds. */
    Set<Annotation> provides();

    void apply(Work work);
}
