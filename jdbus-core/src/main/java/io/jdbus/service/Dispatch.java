package io.jdbus.service;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.StandardError;
import io.jdbus.internal.JavaValues;
import io.jdbus.message.Message;
import io.jdbus.types.Signature;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Calls into an exported Java object for one incoming message (the standard interfaces are such objects too).
 * A wrong signature is InvalidArgs and the object is not called; a {@link DBusErrorException} the object
 * throws becomes that error; anything else it throws goes up to become {@code Failed}, with nothing of the
 * exception sent.
 */
final class Dispatch {

    private Dispatch() {
    }

    static Message method(Object target, ServiceModel.Call call, Message m) throws Exception {
        Signature expected = Signature.of(call.in());
        if (!m.signature().equals(expected)) {
            throw new DBusErrorException(StandardError.INVALID_ARGS, "method " + m.member() + " takes \"" + expected
                    + "\", not \"" + m.signature() + "\"");
        }
        java.lang.reflect.Type[] params = call.method().getGenericParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = params[i] == io.jdbus.transport.UnixFd.class
                    ? io.jdbus.transport.UnixFd.in(m, (io.jdbus.types.UnixFD) m.body().get(i))   // now the method's
                    : JavaValues.convert(call.in().get(i), m.body().get(i), params[i]);
        }
        Object result = invoke(call.method(), target, args);
        if (call.async()) {
            try {
                result = ((CompletableFuture<?>) result).get();
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            }
        }
        if (result instanceof io.jdbus.transport.UnixFd fd) {
            // the descriptor travels with the reply; it stays the method's to close
            return Message.methodReturn(m).body("h", new io.jdbus.types.UnixFD(0)).build().withFds(List.of(fd));
        }
        List<Object> values;
        if (call.out().isEmpty()) {
            values = List.of();
        } else if (call.recordOut()) {
            values = new ArrayList<>();
            for (RecordComponent rc : result.getClass().getRecordComponents()) {
                rc.getAccessor().trySetAccessible();
                values.add(rc.getAccessor().invoke(result));
            }
        } else {
            values = java.util.Collections.singletonList(result);
        }
        return Message.methodReturn(m).body(Signature.of(call.out()), values).build();
    }

    static Object read(Object target, ServiceModel.Prop p) throws java.io.IOException {
        try {
            return invoke(p.getter(), target);
        } catch (java.io.IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new java.io.IOException(e);
        }
    }

    static Object invoke(java.lang.reflect.Method method, Object target, Object... args) throws Exception {
        try {
            method.trySetAccessible();   // public members of exported packages need no more
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw unwrap(e.getCause());
        }
    }

    private static Exception unwrap(Throwable t) {
        Throwable cause = t instanceof CompletionException c && c.getCause() != null ? c.getCause() : t;
        if (cause instanceof Exception e) {
            return e;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new RuntimeException(cause);
    }
}
