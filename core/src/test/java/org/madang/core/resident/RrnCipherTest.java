package org.madang.core.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.madang.core.site.SiteKeys;

class RrnCipherTest {
    private final Rrn rrn = Rrn.parse("900101-1234567").orElseThrow();
    private final RrnCipher cipher = new RrnCipher(SiteKeys.fixed((byte) 1), new SecureRandom());

    @Test
    void decryptsWhatItEncryptedAndNeverStoresTheClearNumber() throws GeneralSecurityException {
        String stored = cipher.encrypt(rrn);
        assertThat(stored).doesNotContain("900101").doesNotContain("1234567");
        assertThat(cipher.decrypt(stored)).isEqualTo(rrn);
    }

    @Test
    void encryptsTheSameNumberDifferentlyEachTimeButHashesItTheSame() {
        assertThat(cipher.encrypt(rrn)).isNotEqualTo(cipher.encrypt(rrn));
        assertThat(cipher.lookupHash(rrn)).isEqualTo(cipher.lookupHash(Rrn.parse("9001011234567").orElseThrow()));
    }

    @Test
    void refusesAlteredCiphertextAndAnotherSitesKey() {
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt(rrn));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(sealed))).isInstanceOf(GeneralSecurityException.class);
        RrnCipher other = new RrnCipher(SiteKeys.fixed((byte) 2), new SecureRandom());
        assertThatThrownBy(() -> other.decrypt(cipher.encrypt(rrn))).isInstanceOf(GeneralSecurityException.class);
        assertThat(other.lookupHash(rrn)).isNotEqualTo(cipher.lookupHash(rrn));
    }
}
