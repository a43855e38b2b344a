package io.jdbus.malformed;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value marshalled by hand, for nesting containers as deep as a test needs: arrays hold exactly one element,
 * variants carry the signature of what they hold. Nothing is checked, so limits can be broken.
 * {@snippet :
 * HandValue v = HandValue.arrays(20, HandValue.variant(HandValue.arrays(13, HandValue.ofByte(7))));
 * v.signature();   // "aaaaaaaaaaaaaaaaaaaav"
 * }
 */
interface HandValue {
    String signature();

    int alignment();

    void write(WireBytes w);

    static HandValue ofByte(int b) {
        return new Leaf("y", 1, w -> w.y(b));
    }

    /** An array of exactly one element. */
    static HandValue array(HandValue element) {
        return new Leaf("a" + element.signature(), 4, w -> {
            w.pad(4);
            int at = w.size();
            w.u32(0);
            w.pad(element.alignment());
            int start = w.size();
            element.write(w);
            w.patchU32(at, w.size() - start);
        });
    }

    static HandValue struct(HandValue... fields) {
        String sig = Arrays.stream(fields).map(HandValue::signature).collect(Collectors.joining("", "(", ")"));
        return new Leaf(sig, 8, w -> {
            w.pad(8);
            for (HandValue f : fields) {
                f.write(w);
            }
        });
    }

    static HandValue variant(HandValue inner) {
        return new Leaf("v", 1, w -> {
            w.sig(inner.signature());
            inner.write(w);
        });
    }

    static HandValue arrays(int depth, HandValue inner) {
        HandValue v = inner;
        for (int i = 0; i < depth; i++) {
            v = array(v);
        }
        return v;
    }

    static HandValue structs(int depth, HandValue inner) {
        HandValue v = inner;
        for (int i = 0; i < depth; i++) {
            v = struct(v);
        }
        return v;
    }

    static HandValue variants(int depth, HandValue inner) {
        HandValue v = inner;
        for (int i = 0; i < depth; i++) {
            v = variant(v);
        }
        return v;
    }

    /** A value whose bytes come from {@code writer}. */
    record Leaf(String signature, int alignment, java.util.function.Consumer<WireBytes> writer) implements HandValue {
        @Override
        public void write(WireBytes w) {
            writer.accept(w);
        }
    }
}
