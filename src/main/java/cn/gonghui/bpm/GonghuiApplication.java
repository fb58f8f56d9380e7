package cn.gonghui.bpm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** gonghui-bpm: trade-union workflows on Camunda 7. */
@SpringBootApplication
public class GonghuiApplication {

  public static void main(String[] args) {
    SpringApplication.run(GonghuiApplication.class, args);
  }
}
