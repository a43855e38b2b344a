package io.jdbus.address;

import static io.jdbus.address.AddressAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressListTest {
    @Test
    void entriesAreKeptInTheOrderToTryThem() {
        AddressList list = AddressList.parse("unix:path=/run/user/1000/bus;tcp:host=localhost,port=4711;vsock:cid=2");
        assertEquals(List.of(UnixAddress.path("/run/user/1000/bus"), TcpAddress.of("localhost", 4711),
                new UnknownAddress("vsock", Map.of("cid", "2"))), list.addresses());
        List<Address> iterated = new ArrayList<>();
        list.forEach(iterated::add);
        assertEquals(list.addresses(), iterated);
        assertEquals("unix:path=/run/user/1000/bus;tcp:host=localhost,port=4711;vsock:cid=2", list.toString());
    }

    @Test
    void connectableSkipsWhatJdbusCannotConnectWith() {
        AddressList list = AddressList.parse("autolaunch:;vsock:cid=2;unix:dir=/tmp;tcp:port=0;unix:path=/a;tcp:port=1");
        assertEquals(List.of(UnixAddress.path("/a"), TcpAddress.of("localhost", 1)), list.connectable());
        assertEquals(List.of(), AddressList.parse("autolaunch:").connectable());
    }

    @Test
    void oneSemicolonAfterTheLastEntryIsToleratedAsInLibdbus() {
        assertEquals(AddressList.parse("unix:path=/a;tcp:port=1"), AddressList.parse("unix:path=/a;tcp:port=1;"));
        assertEquals(AddressList.of(UnixAddress.path("/a")), AddressList.parse("unix:path=/a;"));
    }

    @Test
    void oneCommaAfterTheLastPairIsToleratedAsInLibdbus() {
        assertEquals(UnixAddress.path("/a"), Address.parse("unix:path=/a,"));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                              | address \"\" is empty: there is no address to try",
        ";                               | has an empty entry at index 0",
        ";unix:path=/a                   | has an empty entry at index 0",
        "unix:path=/a;;tcp:port=1        | address \"unix:path=/a;;tcp:port=1\" has an empty entry at index 13 (only a single ';' after the last entry may be left empty)",
        "unix:path=/a;;                  | has an empty entry at index 13",
        "unix:path=/a,,guid=0123456789abcdef0123456789abcdef | has an empty key=value pair at index 13",
        "unix:path=/a,,                  | has an empty key=value pair at index 13",
        "unix:,path=/a                   | has an empty key=value pair at index 5",
        "unix:path=/a;tcp:port=99999     | tcp: address \"tcp:port=99999\" has port 99999 outside 0..65535",
        "unix:path=/a;bogus              | address \"bogus\" has no ':' after a transport name",
    })
    void emptyEntriesAndAnyInvalidEntryRejectTheWholeList(String text, String rule) {
        assertRejected(text, rule);
    }

    @Test
    void addressParseRefusesAList() {
        InvalidAddressException e = assertThrows(InvalidAddressException.class,
                () -> Address.parse("unix:path=/a;unix:path=/b"));
        assertEquals("address \"unix:path=/a;unix:path=/b\" is a list of 2 addresses, not one"
                + " (AddressList.parse reads lists)", e.getMessage());
    }

    @Test
    void aListHasAtLeastOneAddress() {
        assertThrows(InvalidAddressException.class, () -> new AddressList(List.of()));
        assertThrows(NullPointerException.class, () -> AddressList.parse(null));
    }
}
