package cn.gonghui.bpm.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic credentials (RFC 7617), decoded as UTF-8. */
final class BasicCredentials {

  private BasicCredentials() {}

  /** {user, password} from an Authorization header, or null when it holds no Basic credentials. */
  static String[] parse(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
