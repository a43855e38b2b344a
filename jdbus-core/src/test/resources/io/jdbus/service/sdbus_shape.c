/*
 * An sd-bus object of the same shape as ShapeService in jdbus's StandardInterfacesTest, built by the test
 * with the C compiler and libsystemd.
 *
 * Usage: sdbus_shape ADDRESS
 * Exports /shape/obj with com.example.Shape (method Twice(i) -> i, properties Name s read-only, Level u
 * read-write; sd-bus has no write-only properties), owns com.example.sdshape, prints READY, serves until
 * killed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <systemd/sd-bus.h>

static uint32_t level = 1;

static int twice(sd_bus_message *m, void *userdata, sd_bus_error *error) {
    int32_t n;
    int r = sd_bus_message_read(m, "i", &n);
    if (r < 0)
        return r;
    return sd_bus_reply_method_return(m, "i", 2 * n);
}

static int get_name(sd_bus *bus, const char *path, const char *interface, const char *property,
                    sd_bus_message *reply, void *userdata, sd_bus_error *error) {
    return sd_bus_message_append(reply, "s", "shape");
}

static const sd_bus_vtable shape_vtable[] = {
    SD_BUS_VTABLE_START(0),
    SD_BUS_METHOD("Twice", "i", "i", twice, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_PROPERTY("Name", "s", get_name, 0, 0),
    SD_BUS_WRITABLE_PROPERTY("Level", "u", NULL, NULL, 0, 0),
    SD_BUS_VTABLE_END
};

int main(int argc, char **argv) {
    sd_bus *bus = NULL;
    int r = sd_bus_new(&bus);
    if (r >= 0) r = sd_bus_set_address(bus, argv[1]);
    if (r >= 0) r = sd_bus_set_bus_client(bus, 1);
    if (r >= 0) r = sd_bus_start(bus);
    if (r >= 0) r = sd_bus_add_object_vtable(bus, NULL, "/shape/obj", "com.example.Shape", shape_vtable, &level);
    if (r >= 0) r = sd_bus_request_name(bus, "com.example.sdshape", 0);
    if (r < 0) {
        fprintf(stderr, "sdbus_shape: %d\n", r);
        return 1;
    }
    printf("READY\n");
    fflush(stdout);
    for (;;) {
        r = sd_bus_process(bus, NULL);
        if (r < 0)
            return 1;
        if (r > 0)
            continue;
        r = sd_bus_wait(bus, (uint64_t) -1);
        if (r < 0)
            return 1;
    }
}
