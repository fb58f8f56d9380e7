package cn.gonghui.bpm.hardship;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface HouseholdMembers extends JpaRepository<HouseholdMember, Long> {

  List<HouseholdMember> findByFileIdOrderById(long fileId);

  /**
   * The household's members are replaced as a whole when the file is updated (the file's history is its visits).
   * The persistence context is not cleared: a process saves a file inside its own transaction (a 金秋助学
   * verification, a 双走访 home visit), and clearing would detach that process's records and silently drop their later changes.
   */
  @Modifying(flushAutomatically = true)
  @Query("delete from HouseholdMember m where m.fileId = :fileId")
  void deleteByFileId(long fileId);
}
